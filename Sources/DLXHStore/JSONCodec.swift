import DLXHDomain
import Foundation

/// The one JSON dialect of dlxh: pretty-printed, keys sorted, slashes unescaped (stable,
/// diff-friendly files), text NFC.
public enum JSONCodec {
    /// Pretty-printed, keys sorted, slashes unescaped: the one setting of every JSON dlxh writes.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func encode<T: Encodable>(_ value: T) throws -> Data {
        let data = try encoder().encode(value)
        // Normalising the whole document is safe: JSON's own syntax is ASCII, which NFC leaves alone,
        // and it guarantees that every string in every file is NFC whoever built the value.
        guard let text = String(data: data, encoding: .utf8) else { return data }
        var out = Data(escapingInvisibles(nfc(text)).utf8)
        out.append(0x0A)
        return out
    }

    /// JSON as written to a file or a terminal: the encoder escapes only C0 controls, so DEL, the
    /// C1 controls, line and paragraph separators, bidi overrides and zero-width characters are
    /// escaped here as `\uXXXX` (they can only occur inside strings; the value read back is the
    /// same). No terminal or editor that shows the file is steered by what a file held.
    public static func escapingInvisibles(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: needsJSONEscape) else { return json }
        // Appended to a String, not a String.UnicodeScalarView: the view's append(contentsOf:)
        // copies all that is written so far, which made a text of many escapes quadratic.
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            if needsJSONEscape(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: false)
                out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func needsJSONEscape(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || Text.isInvisibleFormatting(scalar)
    }

    /// What the commands print as JSON (`--format json`): sorted keys, and nothing a terminal
    /// would act on.
    public static func output<T: Encodable>(_ value: T) throws -> Data {
        let data = try encoder().encode(value)
        var out = Data(escapingInvisibles(String(decoding: data, as: UTF8.self)).utf8)
        out.append(0x0A)
        return out
    }

    /// `Text.nfc` for a whole document, in time that grows with its length only. Foundation's
    /// normaliser moves the rest of the text at each change, so a long run of decomposed text
    /// (a megabyte of "e\u{301}") took minutes. The text is cut just before an ASCII character
    /// about every kilobyte (an ASCII character never composes with what precedes it nor is
    /// reordered across), and a longer run with no ASCII in it every 256 characters (grapheme
    /// clusters, inside which all composition happens); each piece is normalised alone.
    static func nfc(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out = ""
        out.reserveCapacity(bytes.count)
        var start = 0
        while start < bytes.count {
            var end = min(start + 1024, bytes.count)
            while end < bytes.count, bytes[end] >= 0x80 { end += 1 }
            let piece = String(decoding: bytes[start..<end], as: UTF8.self)
            if piece.unicodeScalars.allSatisfy(isStableUnderNFC) {
                out += piece  // nearly every piece: Vietnamese is written precomposed
            } else {
                out += end - start <= 4096 ? Text.nfc(piece) : nfcByCharacters(piece)
            }
            start = end
        }
        return out
    }

    /// Characters NFC leaves as they are wherever they stand: below U+0300 (ASCII, Latin-1 and
    /// the Latin extensions, none a combining mark nor decomposed by NFC), the precomposed
    /// Vietnamese letters of Latin Extended Additional (U+1E00–U+1EFF), and the dashes, quotes
    /// and ellipsis of U+2010–U+2027. A piece of text made only of these is already NFC, so the
    /// normaliser (most of the cost of a save) is skipped for it.
    static func isStableUnderNFC(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x300 || (0x1E00...0x1EFF).contains(v) || (0x2010...0x2027).contains(v)
    }

    private static func nfcByCharacters(_ text: String) -> String {
        var out = ""
        var chunk = ""
        var count = 0
        for character in text {
            chunk.append(character)
            count += 1
            if count == 256 {
                out += Text.nfc(chunk)
                chunk = ""
                count = 0
            }
        }
        return out + Text.nfc(chunk)
    }

    /// Decodes, turning any failure into a `StoreError.damaged` that names the file, the line and
    /// column, and the field.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, file: String) throws -> T {
        let bytes = [UInt8](data)
        try checkUTF8(bytes, file: file)
        try checkNesting(bytes, file: file)
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw describe(error, data: data, file: file)
        } catch {
            throw StoreError.damaged(file: file, line: nil, column: nil, field: nil, problem: .syntax(Limits.shown("\(error)", limit: 200)))
        }
    }

    /// Refuses bytes that are not UTF-8, naming the line and column of the first bad one.
    static func checkUTF8(_ bytes: [UInt8], file: String) throws {
        guard String(validating: bytes, as: UTF8.self) == nil, let at = JSONLocator.firstInvalidUTF8(in: bytes) else { return }
        throw StoreError.damaged(file: file, line: at.line, column: at.column, field: nil, problem: .syntax("text that is not UTF-8"))
    }

    /// Refuses arrays and objects nested deeper than `Limits.nestingDepth`, before any decoder
    /// (or the locator) recurses into them.
    static func checkNesting(_ bytes: [UInt8], file: String) throws {
        guard let at = JSONLocator.firstTooDeep(in: bytes) else { return }
        throw StoreError.damaged(file: file, line: at.line, column: at.column, field: nil, problem: .syntax(JSONLocator.tooDeep))
    }

    static func describe(_ error: DecodingError, data: Data, file: String) -> StoreError {
        let bytes = [UInt8](data)
        if bytes.isEmpty {
            return .damaged(file: file, line: 1, column: 1, field: nil, problem: .empty)
        }
        if let syntax = JSONLocator.syntaxError(in: bytes) {
            return .damaged(
                file: file, line: syntax.position.line, column: syntax.position.column, field: nil,
                problem: .syntax(syntax.reason))
        }
        let (context, problem): (DecodingError.Context, StoreError.Problem)
        switch error {
        case .typeMismatch(let type, let ctx): (context, problem) = (ctx, .wrongType(expected: typeName(type)))
        case .valueNotFound(let type, let ctx): (context, problem) = (ctx, .wrongType(expected: typeName(type)))
        case .keyNotFound(let key, let ctx):
            (context, problem) = (ctx, .missingField(key.stringValue))
        // The decoder's own text may quote the whole value (a megabyte, control characters):
        // shown short and escaped, so the error stays one readable line.
        case .dataCorrupted(let ctx): (context, problem) = (ctx, .invalidValue(Limits.shown(ctx.debugDescription, limit: 200)))
        @unknown default: return .damaged(file: file, line: nil, column: nil, field: nil, problem: .syntax(Limits.shown("\(error)", limit: 200)))
        }
        let path = context.codingPath.map { key -> JSONLocator.PathComponent in
            key.intValue.map { .index($0) } ?? .key(key.stringValue)
        }
        let position = JSONLocator.position(of: path, in: bytes)
        return .damaged(
            file: file, line: position?.line, column: position?.column, field: fieldPath(path), problem: problem)
    }

    static func fieldPath(_ path: [JSONLocator.PathComponent]) -> String? {
        guard !path.isEmpty else { return nil }
        var out = ""
        for component in path {
            switch component {
            case .key(let key): out += out.isEmpty ? key : "." + key
            case .index(let i): out += "[\(i)]"
            }
        }
        return out
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "string"
        case is Int.Type, is Int64.Type: "integer"
        case is Double.Type: "number"
        case is Bool.Type: "true/false"
        default: "\(type)".contains("Array") ? "array" : "object"
        }
    }
}
