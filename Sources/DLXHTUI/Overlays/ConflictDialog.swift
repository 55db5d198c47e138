import DLXHDomain

/// Shown when a save found that someone else changed the same fields of the same record since
/// this person opened it. Each field shows both values (theirs, with who and when; mine); the
/// person chooses a side for each, then saves. Nothing is overwritten until they do: every field
/// starts on "theirs", what is on disk now.
public struct ConflictDialog: Sendable, Equatable {
    public var conflict: EditConflict
    /// The save to send again, with the choices made here.
    public var retry: Save
    public var choices: [String: MergeSide]
    public var cursor = 0

    public init(conflict: EditConflict, retry: Save) {
        self.conflict = conflict
        self.retry = retry
        self.choices = Dictionary(conflict.conflicts.map { ($0.path, .theirs) }, uniquingKeysWith: { a, _ in a })
    }

    public enum Action: Sendable, Equatable {
        case up, down, toggle, allMine, allTheirs, save, backToEditing
    }

    /// The dialog's key map: it drives both the keys and the hint line.
    static let keyMap: [KeyBinding<Action>] = [
        KeyBinding([.up, .character("k")], "↑/k", KeyText.conflictUp, .up, status: "↑↓", group: Localized(vi: "chọn trường", en: "field")),
        KeyBinding([.down, .character("j")], "↓/j", KeyText.conflictDown, .down, group: Localized(vi: "chọn trường", en: "field")),
        KeyBinding(
            [.character(" "), .left, .right, .tab], "Space", Localized(vi: "Đổi bản giữ lại", en: "Switch the version kept"), .toggle, status: "Space",
            group: Localized(vi: "đổi bản", en: "switch")),
        KeyBinding([.character("m")], "m", Localized(vi: "Giữ tất cả bản của tôi", en: "Keep all mine"), .allMine, status: "m",
            group: Localized(vi: "tất cả của tôi", en: "all mine")),
        KeyBinding([.character("t")], "t", Localized(vi: "Giữ tất cả bản của họ", en: "Keep all theirs"), .allTheirs, status: "t",
            group: Localized(vi: "tất cả của họ", en: "all theirs")),
        KeyBinding([.enter], "Enter", Localized(vi: "Lưu với các lựa chọn này", en: "Save with these choices"), .save, status: "Enter",
            group: Localized(vi: "lưu", en: "save")),
        KeyBinding([.escape], "Esc", Localized(vi: "Về biểu mẫu, sửa tiếp", en: "Back to the form"), .backToEditing, status: "Esc",
            group: Localized(vi: "sửa tiếp", en: "keep editing")),
    ]

    public static func action(for key: Key) -> Action? { keyMap.action(for: key) }

    /// Moves or changes a choice; returns the action when it closes the dialog (save, back).
    public mutating func handle(_ key: Key) -> Action? {
        guard let action = Self.action(for: key) else { return nil }
        let paths = conflict.conflicts.map(\.path)
        switch action {
        case .up: cursor = max(0, cursor - 1)
        case .down: cursor = min(paths.count - 1, cursor + 1)
        case .toggle:
            guard paths.indices.contains(cursor) else { return nil }
            choices[paths[cursor]] = choices[paths[cursor]] == .mine ? .theirs : .mine
        case .allMine: for path in paths { choices[path] = .mine }
        case .allTheirs: for path in paths { choices[path] = .theirs }
        case .save, .backToEditing: return action
        }
        return nil
    }

    /// The save again, with these choices added to any made before.
    public var resolvedSave: Save {
        switch retry {
        case .report(let report, let base, let earlier):
            .report(report, base: base, resolutions: earlier.merging(choices) { _, new in new })
        case .hotSpotRecord(let spot, let base, let earlier):
            .hotSpotRecord(spot, base: base, resolutions: earlier.merging(choices) { _, new in new })
        case .unit(let unit, let base, let earlier):
            .unit(unit, base: base, resolutions: earlier.merging(choices) { _, new in new })
        case .reportParts(let parts, let base, let earlier):
            .reportParts(parts, base: base, resolutions: earlier.merging(choices) { _, new in new })
        case .revert(let entry, let direction, var earlier):
            // An undo or redo may change several records: the choices are kept per record.
            {
                earlier[conflict.id, default: [:]].merge(choices) { _, new in new }
                return .revert(entry, direction, resolutions: earlier)
            }()
        default: retry
        }
    }

    // MARK: Drawing

    public func render(into grid: inout Grid, area: Rect, configuration: Configuration, language l: Language) {
        let width = min(area.width - 2, 90)
        let inner = width - 6
        var lines: [(String, Style)] = []
        let who = conflict.theirsBy ?? "?"
        let when = conflict.theirsAt?.displayString ?? "?"
        for part in TextArea.wrap(ConflictText.intro(conflict.id, who, when)(l), width: inner).map(\.text) {
            lines.append((part, .plain))
        }
        var cursorLine = 0
        for (i, field) in conflict.conflicts.enumerated() {
            lines.append(("", .plain))
            if i == cursor { cursorLine = lines.count }
            let marker = i == cursor ? "▶ " : "  "
            lines.append((marker + ConflictText.fieldName(field, language: l), i == cursor ? .accent : .bold))
            let chosen = choices[field.path] ?? .theirs
            let theirs = ConflictText.value(field.theirs, field: field.field, configuration: configuration, language: l)
            let mine = ConflictText.value(field.mine, field: field.field, configuration: configuration, language: l)
            let theirsLabel = ConflictText.theirs(who, when)(l)
            let mineLabel = ConflictText.mine(l)
            for (label, text, side) in [(theirsLabel, theirs, MergeSide.theirs), (mineLabel, mine, MergeSide.mine)] {
                let box = chosen == side ? "[✓] " : "[ ] "
                let wrapped = TextArea.wrap("\(box)\(label): \(text)", width: inner - 4).map(\.text)
                for (n, part) in wrapped.prefix(3).enumerated() {
                    lines.append(((n == 0 ? "    " : "        ") + part, chosen == side ? .bold : .dim))
                }
            }
        }
        let hints = TextArea.wrap(KeyHints.line(Self.keyMap.docs, l), width: inner).map(\.text)
        let rows = max(1, min(area.height - 3 - hints.count, lines.count))
        let box = area.centred(width: width, height: rows + 3 + hints.count)
        grid.fill(box)
        grid.frame(box, title: ConflictText.title(l), style: .warning)
        let first = max(0, min(cursorLine - rows / 2, lines.count - rows))
        for (i, line) in lines.dropFirst(first).prefix(rows).enumerated() {
            grid.put(line.0, x: box.x + 3, y: box.y + 1 + i, style: line.1, limit: inner)
        }
        for (i, hint) in hints.enumerated() {
            grid.put(hint, x: box.x + 3, y: box.maxY - 1 - hints.count + i, style: .dim, limit: inner)
        }
    }
}

/// The words of the conflict dialog.
enum ConflictText {
    static let title = Localized(vi: "Người khác đã sửa cùng nội dung", en: "Someone else changed the same fields")
    static func intro(_ id: String, _ who: String, _ when: String) -> Localized {
        Localized(
            vi: "\(id): \(who) đã lưu thay đổi lúc \(when), sau khi bạn mở. Chọn bản giữ lại cho từng trường; chưa ghi gì.",
            en: "\(id): \(who) saved a change at \(when), after you opened it. Choose which to keep for each field; nothing is written yet.")
    }
    static func theirs(_ who: String, _ when: String) -> Localized {
        Localized(vi: "Của \(who) (\(when))", en: "\(who)'s (\(when))")
    }
    static let mine = Localized(vi: "Của tôi", en: "Mine")
    static let choose = Localized(
        vi: "⚠ Chưa lưu: người khác đã sửa cùng trường. Chọn bản giữ lại rồi nhấn Enter.",
        en: "⚠ Not saved: someone else changed the same fields. Choose what to keep, then Enter.")
    static func deletedMeanwhile(_ id: String, _ who: String, _ when: String) -> Localized {
        Localized(
            vi: "⚠ Chưa lưu: \(id) đã bị \(who) xóa lúc \(when). Nội dung của bạn vẫn ở biểu mẫu; Ctrl-S để lưu thành báo cáo mới.",
            en: "⚠ Not saved: \(id) was deleted by \(who) at \(when). Your text is still in the form; Ctrl-S saves it as a new report.")
    }
    static let removed = Localized(vi: "(đã xóa)", en: "(deleted)")
    static let empty = Localized(vi: "(trống)", en: "(empty)")

    /// "Ý kiến i2 · Thái độ": the element and the field in the interface's words.
    static func fieldName(_ conflict: MergeConflict, language l: Language) -> String {
        var parts: [String] = []
        for component in conflict.path.split(separator: ".") {
            var name = String(component)
            if let open = name.firstIndex(of: "["), name.hasSuffix("]") {
                let element = name[name.index(after: open)..<name.index(before: name.endIndex)]
                name = String(name[..<open])
                parts.append((label(name)?(l) ?? name) + " " + element)
            } else {
                parts.append(label(name)?(l) ?? name)
            }
        }
        if parts.count == 2, conflict.path.hasPrefix("enterprise."), conflict.field == "name" { return parts[0] }
        return parts.joined(separator: " · ")
    }

    static func label(_ field: String) -> Localized? {
        switch field {
        case "items": Localized(vi: "Ý kiến", en: "Item")
        case "assessment": PreviewText.partTab(.assessment)
        case "forecast": PreviewText.partTab(.forecast)
        case "tasks": PreviewText.partTab(.tasks)
        case "topic": UIText.topic
        case "attitude": UIText.attitude
        case "source": UIText.source
        case "targetGroup": UIText.target
        case "breadth": UIText.breadth
        case "scope": UIText.scope
        case "nature": UIText.nature
        case "verification": UIText.verification
        case "proposal": UIText.proposal
        case "step": UIText.step
        case "summary": UIText.summary
        case "content": UIText.content
        case "documentNumber": UIText.documentNumber
        case "period": UIText.colPeriod
        case "unitID": UIText.colUnit
        case "kind": UIText.colKind
        case "channel": UIText.colChannel
        case "receivedOn": Localized(vi: "Ngày nhận", en: "Received")
        case "nothingToReport": UIText.nothingToReport
        case "title": UIText.phoneInWhat
        case "enterprise": UIText.colEnterprise
        case "ownership": UIText.ownership
        case "industry": UIText.industry
        case "address": UIText.address
        case "hasGrassrootsUnion": UIText.grassrootsUnion
        case "workforce": UIText.workforceLabel
        case "workersInvolved": UIText.colWorkers
        case "startedAt": UIText.startedAt
        case "causes": UIText.causes
        case "demands": UIText.demands
        case "arrears": UIText.arrears
        case "coordinatingBodies": UIText.coordinating
        case "unionActions": UIText.unionActions
        case "result": UIText.result
        case "name": UIText.unitName
        case "cluster": UIText.cluster
        case "contactPerson": UIText.colContact
        case "phone": UIText.colPhone
        case "email": UIText.email
        case "mustReport": UIText.mustReport
        case "activeFrom": UIText.activeFrom
        case "activeTo": UIText.activeTo
        case "successorID", "successorIDs": UIText.successor
        case "predecessorIDs": UIText.predecessors
        case "parentArea": UIText.parentArea
        default: nil
        }
    }

    /// A stored value in the interface's words where the vocabulary has them.
    static func value(_ value: JSONValue?, field: String, configuration: Configuration, language l: Language) -> String {
        guard let value else { return removed(l) }
        if case .string(let raw) = value {
            if raw.isEmpty { return empty(l) }
            switch field {
            case "topic": return configuration.topic(raw)?.label(l) ?? raw
            case "attitude": return configuration.attitude(raw)?.label(l) ?? raw
            case "source": return Source(rawValue: raw)?.label(l) ?? raw
            case "kind": return ReportKind(rawValue: raw)?.label(l) ?? HotSpot.Kind(rawValue: raw)?.label(l) ?? raw
            case "channel": return Channel(rawValue: raw)?.label(l) ?? raw
            default: return raw.replacingOccurrences(of: "\n", with: " ⏎ ")
            }
        }
        return value.displayText
    }
}
