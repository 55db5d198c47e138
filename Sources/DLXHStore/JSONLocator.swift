import DLXHDomain
/// Finds positions in JSON text, for error messages that name a line and column.
///
/// Foundation's JSONDecoder says only "not valid JSON" and gives a coding path without a place.
/// This small scanner walks the bytes once, and answers either where the syntax first breaks or
/// where the value at a coding path starts. It runs only after a decode has failed.
///
/// Its recursion is bounded: nesting deeper than `Limits.nestingDepth` is a syntax error at the
/// bracket that goes one level too deep, so no file can overflow the stack.
struct JSONLocator {
    struct Position: Equatable, CustomStringConvertible {
        var line: Int
        var column: Int
        var description: String { "\(line):\(column)" }
    }

    enum PathComponent: Equatable {
        case key(String)
        case index(Int)
    }

    struct SyntaxError: Error, Equatable {
        var position: Position
        var reason: String
    }

    private let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    private var lineStart = 0
    private var path: [PathComponent] = []
    private var target: [PathComponent]?
    private var found: Position?
    private var depth = 0

    private init(_ bytes: [UInt8], target: [PathComponent]?) {
        self.bytes = bytes
        self.target = target
    }

    /// The first syntax error, or nil when the text is one well-formed JSON value.
    static func syntaxError(in bytes: [UInt8]) -> SyntaxError? {
        var scanner = JSONLocator(bytes, target: nil)
        do {
            try scanner.document()
            return nil
        } catch let error as SyntaxError {
            return error
        } catch {
            return nil
        }
    }

    /// Where the value at `path` starts; for a path that is not there, the deepest part that is.
    static func position(of path: [PathComponent], in bytes: [UInt8]) -> Position? {
        var scanner = JSONLocator(bytes, target: path)
        try? scanner.document()
        return scanner.found
    }

    private var position: Position { Position(line: line, column: offset - lineStart + 1) }

    private func fail(_ reason: String) -> SyntaxError { SyntaxError(position: position, reason: reason) }

    private mutating func document() throws {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
        skipSpace()
        try value()
        skipSpace()
        if offset < bytes.count { throw fail("unexpected text after the end") }
    }

    private mutating func skipSpace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x09, 0x0D: offset += 1
            case 0x0A:
                offset += 1
                line += 1
                lineStart = offset
            default: return
            }
        }
    }

    private mutating func note() {
        guard let target else { return }
        // Parents come before children, so the deepest prefix of the target seen wins.
        if target.starts(with: path) { found = position }
    }

    private mutating func value() throws {
        guard offset < bytes.count else { throw fail("the file ends too early") }
        note()
        switch bytes[offset] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard depth < Limits.nestingDepth else { throw fail(JSONLocator.tooDeep) }
            depth += 1
            defer { depth -= 1 }
            if bytes[offset] == UInt8(ascii: "{") { try object() } else { try array() }
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        default: throw fail("unexpected character")
        }
    }

    static let tooDeep = "arrays and objects nested more than \(Limits.nestingDepth) deep"

    /// Where the first byte that is not UTF-8 is, or nil when all of them are. Columns count
    /// bytes, as everywhere in this locator.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> Position? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return place(of: offset, in: bytes)
            case .emptyInput: return nil
            }
        }
    }

    /// The line and column of a byte offset.
    static func place(of offset: Int, in bytes: [UInt8]) -> Position {
        var line = 1
        var lineStart = 0
        for i in 0..<min(offset, bytes.count) where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        return Position(line: line, column: offset - lineStart + 1)
    }

    /// Where arrays and objects first nest deeper than `limit`, or nil. One cheap pass over the
    /// bytes, no recursion: run before any decoder sees them.
    static func firstTooDeep(in bytes: [UInt8], limit: Int = Limits.nestingDepth) -> Position? {
        bytes.withUnsafeBufferPointer { b -> Position? in
            var depth = 0
            var inString = false
            var i = 0
            while i < b.count {
                let c = b[i]
                if inString {
                    if c == 0x5C {
                        i += 1
                    } else if c == 0x22 {
                        inString = false
                    }
                } else if c == 0x22 {
                    inString = true
                } else if c == 0x5B || c == 0x7B {
                    depth += 1
                    if depth > limit { return place(of: i, in: bytes) }
                } else if c == 0x5D || c == 0x7D {
                    depth -= 1
                }
                i += 1
            }
            return nil
        }
    }

    private mutating func object() throws {
        offset += 1
        skipSpace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
            offset += 1
            return
        }
        while true {
            skipSpace()
            guard offset < bytes.count else { throw fail("the file ends too early") }
            guard bytes[offset] == UInt8(ascii: "\"") else { throw fail("expected a key in quotes") }
            let key = try string()
            skipSpace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { throw fail("expected ':'") }
            offset += 1
            skipSpace()
            path.append(.key(key))
            try value()
            path.removeLast()
            skipSpace()
            guard offset < bytes.count else { throw fail("the file ends too early") }
            if bytes[offset] == UInt8(ascii: ",") {
                offset += 1
                continue
            }
            if bytes[offset] == UInt8(ascii: "}") {
                offset += 1
                return
            }
            throw fail("expected ',' or '}'")
        }
    }

    private mutating func array() throws {
        offset += 1
        skipSpace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
            offset += 1
            return
        }
        var index = 0
        while true {
            skipSpace()
            path.append(.index(index))
            try value()
            path.removeLast()
            index += 1
            skipSpace()
            guard offset < bytes.count else { throw fail("the file ends too early") }
            if bytes[offset] == UInt8(ascii: ",") {
                offset += 1
                continue
            }
            if bytes[offset] == UInt8(ascii: "]") {
                offset += 1
                return
            }
            throw fail("expected ',' or ']'")
        }
    }

    private mutating func string() throws -> String {
        offset += 1
        let start = offset
        var hasEscape = false
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                let raw = bytes[start..<offset]
                offset += 1
                if hasEscape { return String(decoding: raw, as: UTF8.self) }
                guard let text = String(validating: raw, as: UTF8.self) else {
                    throw fail("text that is not UTF-8")
                }
                return text
            }
            if byte == UInt8(ascii: "\\") {
                hasEscape = true
                offset += 2
                continue
            }
            if byte < 0x20 {
                throw byte == 0x0A ? fail("a line break inside a string (unterminated string?)") : fail("a control character inside a string")
            }
            offset += 1
        }
        throw fail("the file ends inside a string")
    }

    private mutating func literal(_ word: String) throws {
        let utf8 = Array(word.utf8)
        guard offset + utf8.count <= bytes.count, Array(bytes[offset..<offset + utf8.count]) == utf8 else {
            throw fail("unexpected character")
        }
        offset += utf8.count
    }

    private mutating func number() throws {
        let start = offset
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
                UInt8(ascii: "e"), UInt8(ascii: "E"):
                offset += 1
            default:
                if offset == start { throw fail("expected a number") }
                return
            }
        }
    }
}
