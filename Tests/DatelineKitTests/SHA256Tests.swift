import Testing
@testable import DatelineKit

@Suite struct SHA256Tests {
    @Test func knownDigests() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a3b96177a3edcbcd3b5f0fc3f4")
        // Two-block message (56 bytes forces padding into a second block).
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c0262b7fb4f3e0ed8e9f5e1bcb69e9ba9fa46fde4e6ba4")
    }
}
