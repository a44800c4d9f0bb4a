import Foundation
import Testing

@testable import OITModel
@testable import OITRender
@testable import OITSite

@Suite struct ThaiTextTests {
    let date = CivilDate(year: 2023, month: 3, day: 15)!

    @Test func datesAreShownInBuddhistEra() {
        #expect(ThaiText.longDate(date, digits: .arabic) == "15\u{00A0}มีนาคม\u{00A0}2566")
        #expect(ThaiText.shortDate(date, digits: .arabic) == "15\u{00A0}มี.ค.\u{00A0}2566")
        #expect(ThaiText.longDate(CivilDate(year: 2022, month: 10, day: 1)!, digits: .arabic) == "1\u{00A0}ตุลาคม\u{00A0}2565")
    }

    @Test func thaiDigitsAreASiteOption() {
        #expect(ThaiText.longDate(date, digits: .thai) == "๑๕\u{00A0}มีนาคม\u{00A0}๒๕๖๖")
        #expect(Digits.apply("o12: 80.42%", .thai) == "o๑๒: ๘๐.๔๒%")
        #expect(Digits.apply("80.42", .arabic) == "80.42")
    }

    @Test func agreesWithFoundationsBuddhistCalendar() throws {
        var calendar = Calendar(identifier: .buddhist)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        for (y, m, d) in [(2023, 3, 15), (2022, 10, 1), (2024, 2, 29), (2025, 9, 30)] {
            var components = DateComponents()
            (components.year, components.month, components.day) = (y, m, d)
            var gregorian = Calendar(identifier: .gregorian)
            gregorian.timeZone = calendar.timeZone
            let instant = try #require(gregorian.date(from: components))
            let civil = try #require(CivilDate(year: y, month: m, day: d))
            #expect(calendar.component(.year, from: instant) == civil.buddhistYear)
        }
    }

    @Test func fiscalYearsRunOctoberToSeptember() {
        let year = FiscalYear(2566)
        #expect(year.start == CivilDate(year: 2022, month: 10, day: 1))
        #expect(year.end == CivilDate(year: 2023, month: 9, day: 30))
        #expect(CivilDate(year: 2022, month: 10, day: 1)!.fiscalYear == 2566)
        #expect(CivilDate(year: 2022, month: 9, day: 30)!.fiscalYear == 2565)
        #expect(
            ThaiText.fiscalYear(year, digits: .arabic)
                == "ปีงบประมาณ พ.ศ. 2566 (1\u{00A0}ตุลาคม\u{00A0}2565 – 30\u{00A0}กันยายน\u{00A0}2566)")
    }

    @Test func parsesBothEras() {
        #expect(CivilDate(parsing: "2566-03-15") == date)
        #expect(CivilDate(parsing: "2023-03-15") == date)
        #expect(CivilDate(parsing: "2566-02-29") == nil)  // 2023 is not a leap year
        #expect(CivilDate(parsing: "15/03/2566") == nil)
    }

    @Test func coverageForms() throws {
        let plan = try #require(Coverage(parsing: "2566-2570"))
        #expect(plan.includes(FiscalYear(2566)) && plan.includes(FiscalYear(2570)) && !plan.includes(FiscalYear(2571)))
        let half = try #require(Coverage(parsing: "2565-10-01..2566-03-31"))
        #expect(half.includesFirstHalf(of: FiscalYear(2566)))
        #expect(!(try #require(Coverage(parsing: "2565-10-01..2566-02-28"))).includesFirstHalf(of: FiscalYear(2566)))
        #expect(try #require(Coverage(parsing: "2565")).isExactly(FiscalYear(2566).previous))
        #expect(ThaiText.coverage(plan, digits: .arabic) == "ปีงบประมาณ พ.ศ. 2566–2570")
    }

    @Test func periodRuleWarnings() throws {
        let fixture = try Fixture(
            year: """
                items:
                  o7:
                    status: done
                    updated: 2023-11-02
                  o12:
                    status: done
                    covers: 2565-10-01..2566-02-28
                  o13:
                    status: done
                    covers: 2566
                  o11:
                    status: done
                    covers: 2567
                """)
        let places = fixture.check().places { if case .periodMismatch = $0 { true } else { false } }
        #expect(places == ["2566/year.yaml:4:14", "2566/year.yaml:7:13", "2566/year.yaml:10:13", "2566/year.yaml:13:13"])
    }
}
