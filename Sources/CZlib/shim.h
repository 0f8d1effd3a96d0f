#ifndef DATELINE_CZLIB_SHIM_H
#define DATELINE_CZLIB_SHIM_H
#include <zlib.h>
// inflateInit2 is a macro; Swift cannot call macros, so wrap it.
static inline int dateline_inflateInit2(z_stream *strm, int windowBits) {
    return inflateInit2(strm, windowBits);
}
#endif
