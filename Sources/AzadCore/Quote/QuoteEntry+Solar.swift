extension QuoteEntry {
    /// `date` in the solar calendar as the article's readers write it: Dari month names for Persian,
    /// Pashto ones for Pashto, Persian digits.
    static func solarText(for date: CivilDate, language: String) -> String? {
        SolarDate(gregorian: date).formatted(style: language == "ps" ? .pashto : .afghan)
    }
}
