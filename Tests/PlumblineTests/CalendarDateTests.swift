import Plumbline
import Testing

/// Dates are values: parsed strictly, ordered by the calendar, printed back as written.
struct CalendarDateTests {
    @Test(arguments: ["2024-02-29", "2000-02-29", "2026-12-31", "0001-01-01"])
    func realDaysParseAndPrintBack(text: String) throws {
        #expect(try #require(CalendarDate(text)).description == text)
    }

    @Test(arguments: ["2023-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-1-01", "2026-01-01 ", "２０２６-01-01", "2026/01/01", ""])
    func anythingElseIsNotADate(text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test func orderIsTheCalendars() throws {
        let dates = try ["2026-01-10", "2025-12-31", "2026-01-09", "2026-02-01"].map { try #require(CalendarDate($0)) }
        #expect(dates.sorted().map(\.description) == ["2025-12-31", "2026-01-09", "2026-01-10", "2026-02-01"])
    }

}
