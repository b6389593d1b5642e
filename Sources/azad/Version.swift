/// azad's version, as `azad --version` and `azad version` print it.
enum Version {
    static let current = "0.1.0"
}
