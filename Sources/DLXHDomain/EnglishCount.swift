/// English counts with the noun in the right number: "1 item", "2 items", "0 reports". The one
/// rule every English phrase with a count uses (Vietnamese nouns do not change).
public enum English {
    public static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
    }
}
