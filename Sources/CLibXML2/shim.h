#ifndef DATELINE_CLIBXML2_SHIM_H
#define DATELINE_CLIBXML2_SHIM_H
// Must come first: Debian's libxml2 headers pull in system ICU, whose types clash
// with the ICU that Foundation carries ("'UErrorCode' has different definitions").
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

// xmlFree is a global function pointer, which Swift 6 rejects as not concurrency-safe.
static inline void dateline_xmlFree(void *p) { xmlFree(p); }

// Silence libxml2's default error printing to stderr (recovery parsing is expected to see errors).
static void dateline_xmlQuietError(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void dateline_xmlSilence(void) {
    xmlSetGenericErrorFunc(NULL, dateline_xmlQuietError);
}
#endif
