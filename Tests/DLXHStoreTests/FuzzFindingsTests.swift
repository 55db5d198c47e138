import DLXHDomain
import DLXHStore
import Foundation
import Testing

/// What the long fuzz pass (`make fuzz`, Docs/FUZZ.md) found, each reproduced here first.
@Suite("Fuzz findings")
struct FuzzFindingsTests {
    /// `dlxh-fuzz --kind store --seed 1 --case 243`: a month file holding a summary of 500,000
    /// "👩‍👩‍👧" (1,000,000 zero-width joiners; over the length limit, which `check` reports but
    /// loading does not refuse) made every write to that store take 33 s of CPU, and the fuzzer
    /// killed an `import` at its 120 s timeout: each escaped character copied the whole text
    /// written so far (String.UnicodeScalarView.append(contentsOf:)), so the time grew with the
    /// square of the number of escapes.
    @Test("escaping the invisible characters of a file takes time in proportion to its length")
    func escapingIsLinear() {
        let text = String(repeating: "a\u{200D}", count: 300_000)
        let started = ContinuousClock.now
        let escaped = JSONCodec.escapingInvisibles(text)
        let elapsed = ContinuousClock.now - started
        #expect(escaped == String(repeating: "a\\u200d", count: 300_000))
        // Linear: well under a second. Quadratic (before): about a minute in a debug build.
        #expect(elapsed < .seconds(10), "\(elapsed)")
    }

    /// The same pattern in the one escaping rule for printed text (error messages, notes,
    /// `check`): a long value full of invisible characters printed in time that grows with its
    /// length only.
    @Test("making a long text printable takes time in proportion to its length")
    func printableIsLinear() {
        let text = String(repeating: "b\u{200B}", count: 300_000)
        let started = ContinuousClock.now
        let shown = Text.printable(text)
        let elapsed = ContinuousClock.now - started
        #expect(shown == String(repeating: "b\\u{200B}", count: 300_000))
        #expect(elapsed < .seconds(10), "\(elapsed)")
    }
}
