import DLXHDomain
import Foundation
import Testing

@Suite("Audit actions: typed in code, the same strings on disk")
struct AuditActionTests {
    func entryJSON(_ action: String) -> Data {
        Data(#"{"action":"\#(action)","at":"2026-11-24T09:00:00+07:00","by":"Lê Thị Thu Hà","detail":"","target":"R-1"}"#.utf8)
    }

    @Test("every known action has its own code, and the code reads back as the same action")
    func codesRoundTrip() {
        let codes = AuditAction.known.map(\.rawValue)
        #expect(Set(codes).count == codes.count, "two actions share a code")
        for action in AuditAction.known {
            #expect(AuditAction(rawValue: action.rawValue) == action)
            #expect(action.rawValue.split(separator: ".").count == 2, "\(action.rawValue) is not record.verb")
        }
    }

    @Test("the codes files already hold are read as the typed actions")
    func existingCodes() throws {
        let decoder = JSONDecoder()
        let pairs: [(String, AuditAction)] = [
            ("report.create", .reportCreate), ("item.update", .itemUpdate), ("unit.exempt", .unitExempt),
            ("hotspot.writtenReport", .hotSpotWrittenReport), ("guidance.relay", .guidanceRelay), ("config.update", .configUpdate),
        ]
        for (code, action) in pairs {
            #expect(try decoder.decode(AuditEntry.self, from: entryJSON(code)).action == action)
        }
    }

    @Test("an action is written as its code string")
    func encodesAsString() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let entry = AuditEntry(at: Moment(iso: "2026-11-24T09:00:00+07:00")!, by: "A", action: .hotSpotStatus, target: "HS-2026-001")
        let json = String(decoding: try encoder.encode(entry), as: UTF8.self)
        #expect(json.contains(#""action":"hotspot.status""#), "\(json)")
    }

    @Test("a code this version does not know still decodes, is shown as written, and is written back unchanged")
    func unknownCode() throws {
        let entry = try JSONDecoder().decode(AuditEntry.self, from: entryJSON("stream.merge"))
        #expect(entry.action == .other("stream.merge"))
        #expect("\(entry.action)" == "stream.merge")
        let again = String(decoding: try JSONEncoder().encode(entry), as: UTF8.self)
        #expect(again.contains(#""action":"stream.merge""#), "\(again)")
        #expect(AuditAction(rawValue: "report.delete").isDeletion && AuditAction(rawValue: "stream.delete").isDeletion)
        #expect(!AuditAction.reportUpdate.isDeletion)
    }
}
