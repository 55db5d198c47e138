import Testing

@testable import DLXHDomain

@Suite("Localization: every label in Vietnamese and English")
struct LocalizationTests {
    /// Every vocabulary enum's labels, by enum name.
    static let vocabularies: [(String, [Localized])] = [
        ("ReportKind", ReportKind.allCases.map(\.label)),
        ("Channel", Channel.allCases.map(\.label)),
        ("Source", Source.allCases.map(\.label)),
        ("TargetGroup", TargetGroup.allCases.map(\.label)),
        ("Breadth", Breadth.allCases.map(\.label)),
        ("Scope", Scope.allCases.map(\.label)),
        ("Nature", Nature.allCases.map(\.label)),
        ("Verification", Verification.allCases.map(\.label)),
        ("HandlingStep", HandlingStep.allCases.map(\.label)),
        ("ReportingUnit.Kind", ReportingUnit.Kind.allCases.map(\.label)),
        ("HotSpot.Kind", HotSpot.Kind.allCases.map(\.label)),
        ("HotSpot.Status", HotSpot.Status.allCases.map(\.label)),
        ("HotSpotAlert.Kind", HotSpotAlert.Kind.allCases.map(\.label)),
        ("NotRequiredReason", [NotRequiredReason.notReporting, .inactive, .exempted].map { SubmissionState.notRequired($0).label }),
    ]

    /// Words that are the same in both languages.
    static let sameInBothLanguages: Set<String> = ["Email", "Fax"]

    @Test("every case of every vocabulary has non-empty vi and en labels, distinct within its enum")
    func allLabelsPresent() {
        for (name, labels) in Self.vocabularies {
            #expect(!labels.isEmpty, "\(name)")
            for label in labels {
                #expect(!label.vi.trimmingCharacters(in: .whitespaces).isEmpty, "\(name)")
                #expect(!label.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(name)")
            }
            #expect(Set(labels.map(\.vi)).count == labels.count, "\(name): two cases share a Vietnamese label")
            #expect(Set(labels.map(\.en)).count == labels.count, "\(name): two cases share an English label")
        }
    }

    @Test("Vietnamese and English labels differ, except loanwords")
    func languagesDiffer() {
        for (name, labels) in Self.vocabularies {
            for label in labels where !Self.sameInBothLanguages.contains(label.en) {
                #expect(label.vi != label.en, "\(name): \(label.en)")
            }
        }
        #expect(Channel.email.label.vi == Channel.email.label.en)
        #expect(Channel.fax.label.vi == Channel.fax.label.en)
    }

    @Test("labels are stored in NFC")
    func labelsAreNFC() {
        for (name, labels) in Self.vocabularies {
            for label in labels {
                #expect(Array(label.vi.unicodeScalars) == Array(Text.nfc(label.vi).unicodeScalars), "\(name): \(label.vi)")
            }
        }
        for category in Configuration.defaultTopics + Configuration.defaultAttitudes {
            #expect(Array(category.vi.unicodeScalars) == Array(Text.nfc(category.vi).unicodeScalars), "\(category.id)")
        }
    }

    @Test("the interface words of the domain")
    func domainWords() {
        let day = d(2026, 10, 19)
        #expect(SubmissionState.onTime(receivedOn: day).label == Localized(vi: "Đúng hạn", en: "On time"))
        #expect(SubmissionState.late(receivedOn: day, daysLate: 1).label.vi.hasPrefix("Nộp muộn"))
        #expect(SubmissionState.missing(daysOverdue: 1).label.vi.hasPrefix("Chưa nộp"))
        #expect(SubmissionState.notYetDue(daysLeft: 1).label.vi.hasPrefix("Chưa đến hạn"))
        #expect(SubmissionState.notRequired(.notReporting).label == Localized(vi: "Không phải nộp", en: "Not required"))
        #expect(ReportKind.periodic.label.vi == "Định kỳ")
        #expect(ReportKind.adHoc.label.vi == "Đột xuất")
        #expect(ReportKind.rapid.label.vi == "Báo cáo nhanh")
        #expect(Nature.rumour.label.vi == "Tin đồn")
        #expect(Verification.untrue.label.vi == "Không đúng sự thật")
        #expect(HotSpot.Kind.wageArrears.label.vi == "Nợ lương")
    }

    @Test("submission-state labels carry their day counts")
    func stateLabelsMentionDays() {
        let day = d(2026, 10, 19)
        let late = SubmissionState.late(receivedOn: day, daysLate: 3).label
        #expect(late.vi == "Nộp muộn 3 ngày")
        #expect(late.en.contains("3"))
        let missing = SubmissionState.missing(daysOverdue: 12).label
        #expect(missing.vi == "Chưa nộp, quá hạn 12 ngày")
        #expect(missing.en.contains("12"))
        let notYet = SubmissionState.notYetDue(daysLeft: 0).label
        #expect(notYet.vi == "Chưa đến hạn, còn 0 ngày")
        #expect(notYet.en.contains("0"))
        #expect(SubmissionState.notYetDue(daysLeft: 5).label.vi.contains("5 ngày"))
        // Different counts, different labels.
        #expect(SubmissionState.late(receivedOn: day, daysLate: 1).label != SubmissionState.late(receivedOn: day, daysLate: 2).label)
        #expect(SubmissionState.missing(daysOverdue: 1).label != SubmissionState.missing(daysOverdue: 10).label)
        // Not-required reasons are told apart.
        #expect(SubmissionState.notRequired(.inactive).label.vi.contains("không hoạt động"))
        #expect(SubmissionState.notRequired(.exempted).label.vi.contains("miễn"))
    }

    @Test("period labels: Tháng 11/2026, Quý IV/2026, 6 tháng đầu/cuối năm, Năm 2026")
    func periodLabels() {
        #expect(Period.month(2026, 11).label == Localized(vi: "Tháng 11/2026", en: "November 2026"))
        #expect(Period.month(2026, 1).label == Localized(vi: "Tháng 1/2026", en: "January 2026"))
        let quarters = (1...4).map { Period(kind: .quarter, year: 2026, index: $0)!.label }
        #expect(quarters.map(\.vi) == ["Quý I/2026", "Quý II/2026", "Quý III/2026", "Quý IV/2026"])
        #expect(quarters.map(\.en) == ["Q1 2026", "Q2 2026", "Q3 2026", "Q4 2026"])
        #expect(Period(kind: .half, year: 2026, index: 1)!.label == Localized(vi: "6 tháng đầu năm 2026", en: "First half 2026"))
        #expect(Period(kind: .half, year: 2026, index: 2)!.label == Localized(vi: "6 tháng cuối năm 2026", en: "Second half 2026"))
        #expect(Period(kind: .year, year: 2026, index: 1)!.label == Localized(vi: "Năm 2026", en: "Year 2026"))
        let months = (1...12).map { Period.month(2026, $0).label.en }
        #expect(months == [
            "January 2026", "February 2026", "March 2026", "April 2026", "May 2026", "June 2026", "July 2026",
            "August 2026", "September 2026", "October 2026", "November 2026", "December 2026",
        ])
    }

    @Test("short month labels for dashboard columns")
    func shortLabels() {
        #expect(Period.month(2026, 11).shortLabel == Localized(vi: "T11/26", en: "Nov 26"))
        #expect(Period.month(2005, 1).shortLabel == Localized(vi: "T1/05", en: "Jan 05"))
        #expect(Period.month(2030, 12).shortLabel == Localized(vi: "T12/30", en: "Dec 30"))
    }

    @Test("Localized and Category pick the language")
    func pickLanguage() {
        let phrase = Localized(vi: "Lưu", en: "Save")
        #expect(phrase(.vi) == "Lưu")
        #expect(phrase(.en) == "Save")
        let topic = Configuration.defaultTopics[0]
        #expect(topic.label(.vi) == "Tiền lương, thu nhập, thưởng")
        #expect(topic.label(.en) == "Wages, income, bonuses")
    }

    @Test("default topics and attitudes: unique ids, both languages")
    func defaultLists() {
        for list in [Configuration.defaultTopics, Configuration.defaultAttitudes] {
            #expect(Set(list.map(\.id)).count == list.count)
            for category in list {
                #expect(!category.vi.isEmpty && !category.en.isEmpty && !category.id.isEmpty)
                #expect(category.vi != category.en)
            }
        }
        #expect(Configuration.defaultTopics.count == 16)  // the sixteen topics of the domain brief
        #expect(Configuration.defaultTopics.last?.id == "other")
        #expect(Configuration.defaultAttitudes.map(\.id) == ["pleased", "agree", "interested", "worried", "frustrated", "opposed", "unclear"])
        let config = Configuration()
        #expect(config.topic("insurance")?.vi == "BHXH – BHYT – BHTN")
        #expect(config.attitude("frustrated")?.vi == "Bức xúc")
        #expect(config.topic("frustrated") == nil)
    }

    @Test("the totals line: counts and rounded percentages, a dash when nothing is expected")
    func totalsLine() {
        var totals = SubmissionTotals()
        totals.expected = 18
        totals.submitted = 15
        totals.onTime = 12
        #expect(totals.label.vi == "Đã nộp 15/18 (83%), đúng hạn 12/18 (67%)")
        #expect(totals.label.en == "Submitted 15/18 (83%), on time 12/18 (67%)")
        #expect(SubmissionTotals().label.vi == "Đã nộp 0/0 (–), đúng hạn 0/0 (–)")
    }

    @Test("rule phrases name what is wrong")
    func phrases() {
        #expect(Phrases.unknownTopic("abc").vi.contains("\"abc\""))
        #expect(Phrases.unknownTopic("abc").en.contains("\"abc\""))
        #expect(Phrases.duplicateID("i3").en == "id \"i3\" appears twice")
        #expect(Phrases.unitInactive("Công đoàn KCN", Period.month(2026, 11)).vi == "Công đoàn KCN không hoạt động trong tháng 11/2026")
        #expect(!Phrases.required.vi.isEmpty && Phrases.required.vi != Phrases.required.en)
    }

    @Test("the inactive-unit phrase keeps a quarter's Roman numeral upper case")
    func inactivePhraseForAQuarter() {
        let phrase = Phrases.unitInactive("Công đoàn KCN", Period(kind: .quarter, year: 2026, index: 4)!)
        #expect(phrase.vi == "Công đoàn KCN không hoạt động trong quý IV/2026")
    }
}
