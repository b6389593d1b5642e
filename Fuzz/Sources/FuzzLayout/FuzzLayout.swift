import AzadCore

/// libFuzzer entry point: lays out arbitrary text at an arbitrary width and checks the invariants.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLayout(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let first = bytes.first else { return 0 }
    let width = Int(first % 64)
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let lines = ParagraphLayout.lines(text, width: width)
    for line in lines {
        precondition(line.width == DisplayWidth.of(line.text))
    }
    return 0
}
