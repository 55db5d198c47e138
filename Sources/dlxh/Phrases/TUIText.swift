import DLXHDomain

/// Why the full-screen interface could not start (said before the terminal changes mode).
enum TUIText {
    public static let noUTF8Locale = Localized(
        vi: "không tìm thấy locale UTF-8 nào (đã thử C.UTF-8); hãy đặt LANG=C.UTF-8",
        en: "no UTF-8 locale available (tried C.UTF-8); set LANG=C.UTF-8")
    public static let notATerminal = Localized(
        vi: "giao diện toàn màn hình cần một terminal; dùng các lệnh con khi chạy trong script (dlxh --help)",
        en: "the full-screen interface needs a terminal; use the subcommands in scripts (dlxh --help)")
    public static func unknownTerminal(_ name: String) -> Localized {
        Localized(
            vi: "không mở được terminal loại \"\(name)\"; thử TERM=xterm-256color",
            en: "cannot open a terminal of type \"\(name)\"; try TERM=xterm-256color")
    }
}
