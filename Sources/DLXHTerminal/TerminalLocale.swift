import CNCursesW
import Foundation

/// Makes sure characters are read and written as UTF-8. In a non-UTF-8 locale get_wch hangs
/// after the first non-ASCII byte, so a non-UTF-8 environment is switched to C.UTF-8 (present on
/// every Debian) or another UTF-8 locale; if none works, the caller gets a clear error.
public enum TerminalLocale {
    public struct Unavailable: Error {}

    public static func ensureUTF8() throws {
        setlocale(LC_ALL, "")
        if dlxh_codeset_is_utf8() != 0 { return }
        for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8", "vi_VN.UTF-8"] {
            if setlocale(LC_CTYPE, candidate) != nil, dlxh_codeset_is_utf8() != 0 { return }
        }
        throw Unavailable()
    }
}
