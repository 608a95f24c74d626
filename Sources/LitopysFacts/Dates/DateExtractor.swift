import LitopysText

/// Finds date and time expressions and resolves them to ISO 8601 values.
///
/// Rules, each named in ``DateMention/rule``:
/// - `numeric`: `12.01.2022`, `12.01.22`.
/// - `day-month[-year]`: `12 січня`, `12 січня 2022 року`; ranges `3–4 квітня`, `з 2 по 4 квітня`,
///   `з 14 червня по 14 липня`.
/// - `month[-year]`: `у січні`, `у січні 2022 року`, `січень 2022`.
/// - `year`: `у 2014 році`, `2014 року`, `2014 р.`, `2017-го року`.
/// - `relative-day`: `сьогодні`, `вчора`, `позавчора`, `завтра`, `післязавтра`, `наступного дня`.
/// - `same-day`: `того ж дня`, the day named last.
/// - `relative-period`: `минулого тижня`, `наступного місяця`, `цього року`, `торік`.
/// - `weekday`: `у понеділок` — the nearest such day, forward when the verb nearest it speaks of the future.
/// - `time`: `о 14:00`, `о 14 годині`.
///
/// A day or month without a year takes the year that puts it nearest the publication date;
/// without one it is `--MM-DD`. Days that do not exist (`31 лютого`) are rejected.
public struct DateExtractor: Sendable {
    /// Makes an extractor.
    public init() {}

    func extract(_ context: FactContext) -> [DateMention] {
        let published = context.referenceDate
        var found: [DateMention] = []
        let w = context.words
        let n = w.count
        var i = 0
        func mention(_ range: Range<Int>, _ value: String?, _ rule: String) {
            found.append(DateMention(
                start: context.start(range.lowerBound), end: context.end(range.upperBound - 1),
                text: context.text(range), value: value, tokens: range, rule: rule))
        }
        /// The full day of the last date mention that names one (`12 січня 2022 року`).
        func lastDay() -> CalendarDate? {
            for m in found.reversed() where m.rule != "time" {
                if let value = m.value, value.utf8.count == 10, let day = CalendarDate(iso: value) { return day }
            }
            return nil
        }
        while i < n {
            let word = w[i]
            // numeric: 12.01.2022
            if context.document.tokenKinds[i] == .number, let numeric = Self.numericDate(word) {
                mention(i..<i + 1, numeric, "numeric")
                i += 1
                continue
            }
            // day-month, with ranges and a year
            if let day = Self.dayNumber(word) {
                var first = i
                var firstDay = day
                var lastDay: Int?
                var j = i + 1
                // `з 12 до 22 лютого` is a range too, where `з` or `від` opens it.
                let opensRange = i > 0 && (w[i - 1].isSpelled("з") || w[i - 1].isSpelled("від"))
                if j + 1 < n, w[j].isSpelled("-") || w[j].isSpelled("–") || w[j].isSpelled("по") || w[j].isSpelled("і") || w[j].isSpelled("та")
                    || (opensRange && w[j].isSpelled("до")), let second = Self.dayNumber(w[j + 1])
                {
                    lastDay = second
                    j += 2
                }
                if j < n, let month = context.classes[j].monthGenitive {
                    if lastDay != nil && opensRange { first = i - 1 }
                    var end = j + 1
                    var year: Int?
                    if end < n, let y = Self.yearNumber(w[end]) {
                        year = y
                        end += 1
                        end = Self.skipYearWord(w, end)
                    }
                    if let second = lastDay {
                        firstDay = min(day, second)
                        lastDay = max(day, second)
                    }
                    // A range across months: `з 14 червня по 14 липня`, `14 червня – 14 липня 2024 року`.
                    if lastDay == nil, end + 2 < n, let toDay = Self.dayNumber(w[end + 1]), let toMonth = context.classes[end + 2].monthGenitive,
                        w[end].isSpelled("–") || w[end].isSpelled("—") || w[end].isSpelled("-")
                            || ((w[end].isSpelled("по") || w[end].isSpelled("до")) && i > 0 && (w[i - 1].isSpelled("з") || w[i - 1].isSpelled("від")))
                    {
                        var rangeEnd = end + 3
                        var toYear: Int?
                        if rangeEnd < n, let y = Self.yearNumber(w[rangeEnd]) {
                            toYear = y
                            rangeEnd = Self.skipYearWord(w, rangeEnd + 1)
                        }
                        // The year written once, after the second date, is the first's too (or
                        // the one before, for `з 20 грудня по 10 січня 2025 року`).
                        let fromYear = year ?? toYear.map { toMonth < month ? $0 - 1 : $0 }
                        if let from = Self.resolve(day: day, lastDay: nil, month: month, year: fromYear, published: published),
                            let to = Self.resolve(
                                day: toDay, lastDay: nil, month: toMonth,
                                year: toYear ?? CalendarDate(iso: from).map { toMonth < month ? $0.year + 1 : $0.year }, published: published)
                        {
                            let start = i > 0 && (w[i - 1].isSpelled("з") || w[i - 1].isSpelled("від")) ? i - 1 : i
                            mention(start..<rangeEnd, "\(from)/\(to)", year ?? toYear == nil ? "day-month" : "day-month-year")
                            i = rangeEnd
                            continue
                        }
                    }
                    if let value = Self.resolve(day: firstDay, lastDay: lastDay, month: month, year: year, published: published) {
                        mention(first..<end, value, year == nil ? "day-month" : "day-month-year")
                    }
                    i = end
                    continue
                }
            }
            // month with optional year: у січні (2022 року)
            if let month = context.classes[i].monthOther ?? (i > 0 && (w[i - 1].isSpelled("у") || w[i - 1].isSpelled("в") || w[i - 1].isSpelled("до") || w[i - 1].isSpelled("з")) ? context.classes[i].monthGenitive : nil) {
                var start = i
                if i > 0 && (w[i - 1].isSpelled("у") || w[i - 1].isSpelled("в")) { start = i - 1 }
                var end = i + 1
                var year: Int?
                if end < n, let y = Self.yearNumber(w[end]) {
                    year = y
                    end = Self.skipYearWord(w, end + 1)
                }
                let resolvedYear = year ?? Self.nearestYear(month: month, day: 15, published: published)
                let value = resolvedYear.map { "\(CalendarDate.pad($0, 4))-\(CalendarDate.pad(month, 2))" } ?? "--\(CalendarDate.pad(month, 2))"
                mention(start..<end, value, year == nil ? "month" : "month-year")
                i = end
                continue
            }
            // year: у 2014 році, 2014 року, 2014 р., 2017-го року
            if let year = Self.yearNumber(word.hasSuffix("-го") ? String(word.dropLast(3)) : word), i + 1 < n {
                var start = i
                if i > 0 && (w[i - 1].isSpelled("у") || w[i - 1].isSpelled("в")) { start = i - 1 }
                // 2014–2015 роки
                if i + 3 < n && (w[i + 1].isSpelled("-") || w[i + 1].isSpelled("–")), let second = Self.yearNumber(w[i + 2]), context.classes[i + 3].isYearWord {
                    let end = Self.skipYearWord(w, i + 3)
                    mention(start..<end, "\(CalendarDate.pad(year, 4))/\(CalendarDate.pad(second, 4))", "year")
                    i = end
                    continue
                }
                if context.classes[i + 1].isYearWord {
                    let end = Self.skipYearWord(w, i + 1)
                    mention(start..<end, CalendarDate.pad(year, 4), "year")
                    i = end
                    continue
                }
            }
            // relative day: вчора
            if let offset = context.classes[i].relativeDay {
                // `Напередодні, 13 березня` and `сьогодні, 12 січня` give the date themselves.
                let nextIsDate = i + 2 < n && Self.dayNumber(w[i + 1 + (w[i + 1].isSpelled(",") ? 1 : 0)]) != nil
                if !nextIsDate {
                    mention(i..<i + 1, published.map { $0.adding(days: offset).iso }, "relative-day")
                }
                i += 1
                continue
            }
            // `Напередодні,`, `напередодні.` and `Напередодні ворог атакував` mean the day
            // before; `напередодні саміту`, before a genitive, is no date.
            if word.isSpelled("напередодні"), i + 1 >= n || context.document.tokenKinds[i + 1] == .punctuation
                || (context.hasMorphology && context.document.tokenKinds[i + 1] == .word && !context.flags[i + 1].contains(.genitive))
            {
                let nextIsDate = i + 2 < n && Self.dayNumber(w[i + 2]) != nil
                if !nextIsDate { mention(i..<i + 1, published.map { $0.adding(days: -1).iso }, "relative-day") }
                i += 1
                continue
            }
            if word.isSpelled("торік") {
                mention(i..<i + 1, published.map { CalendarDate.pad($0.year - 1, 4) }, "relative-period")
                i += 1
                continue
            }
            if let step = context.classes[i].relativeStep, i + 1 < n, ["тижня", "місяця", "року"].contains(w[i + 1]) {
                mention(i..<i + 2, published.map { Self.relativePeriod(w[i + 1], step: step, from: $0) }, "relative-period")
                i += 2
                continue
            }
            // `того ж дня`, `того самого дня`: the day named last before it.
            if word.isSpelled("того"), i + 2 < n, w[i + 1].isSpelled("ж") || w[i + 1].isSpelled("же") || w[i + 1].isSpelled("самого"),
                w[i + 2].isSpelled("дня")
            {
                mention(i..<i + 3, lastDay()?.iso, "same-day")
                i += 3
                continue
            }
            // наступного дня, попереднього дня: from the publication date (the day named last is
            // as often background: `з 1 січня … Наступного дня Валтонен планує`), but in a story
            // told in the past, from the day named last (`3 грудня … Наступного дня міністр відвідав`).
            if let step = context.classes[i].relativeStep, step != 0, i + 1 < n, w[i + 1].isSpelled("дня") {
                let sentence = context.tokens(ofSentence: context.document.sentenceIndex(ofToken: i))
                let told = sentence.contains { context.flags[$0].contains(.past) } && !context.isFuture(sentence: context.document.sentenceIndex(ofToken: i))
                let anchor = told ? lastDay() ?? published : published
                mention(i..<i + 2, anchor.map { $0.adding(days: step).iso }, "relative-day")
                i += 2
                continue
            }
            // у ніч на вівторок: the night before that day, named by the day
            if word.isSpelled("ніч") && i + 2 < n && w[i + 1].isSpelled("на"), let weekday = context.classes[i + 2].weekday {
                let start = i > 0 && (w[i - 1].isSpelled("у") || w[i - 1].isSpelled("в")) ? i - 1 : i
                mention(start..<i + 3, published.map { Self.weekday(weekday, from: $0, forward: false).iso }, "weekday")
                i += 3
                continue
            }
            if (word.isSpelled("у") || word.isSpelled("в")) && i + 1 < n, let weekday = context.classes[i + 1].weekday {
                let sentence = context.document.sentenceIndex(ofToken: i)
                // Forward when the verb nearest it speaks of the future (`Інтерв'ю записали в
                // середу, … вийде в ефір у неділю`: the Wednesday before, the Sunday after).
                let forward = context.hasMorphology ? context.status(near: i) == "announced" : context.isFuture(sentence: sentence)
                let value = published.map { Self.weekday(weekday, from: $0, forward: forward).iso }
                mention(i..<i + 2, value, "weekday")
                i += 2
                continue
            }
            // time: о 14:00, о 14 годині
            if word.isSpelled("о") || word.isSpelled("об"), i + 1 < n {
                if let time = Self.clockTime(w[i + 1]) {
                    mention(i..<i + 2, time, "time")
                    i += 2
                    continue
                }
                if let hour = Int(w[i + 1]), (0...23).contains(hour), i + 2 < n, w[i + 2].begins(with: "годин") {
                    mention(i..<i + 3, "T\(CalendarDate.pad(hour, 2)):00", "time")
                    i += 3
                    continue
                }
            }
            i += 1
        }
        return found
    }

    static func dayNumber(_ word: String) -> Int? {
        guard word.utf8.count <= 2, let day = Int(word), (1...31).contains(day) else { return nil }
        return day
    }

    static func yearNumber(_ word: String) -> Int? {
        guard word.utf8.count == 4, let year = Int(word), (1000...2100).contains(year) else { return nil }
        return year
    }

    static func skipYearWord(_ w: [String], _ index: Int) -> Int {
        guard index < w.count, DateVocabulary.yearWords.contains(w[index]) else { return index }
        if (w[index].isSpelled("р") || w[index].isSpelled("рр")) && index + 1 < w.count && w[index + 1].isSpelled(".") { return index + 2 }
        return index + 1
    }

    /// `12.01.2022` or `12.01.22` as ISO, when the day exists.
    static func numericDate(_ word: String) -> String? {
        let parts = word.split(separator: ".")
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, let d = Int(parts[0]), let m = Int(parts[1]), var y = Int(parts[2]) else {
            return nil
        }
        if parts[2].count == 2 { y += 2000 } else if parts[2].count != 4 { return nil }
        return CalendarDate(year: y, month: m, day: d)?.iso
    }

    /// `14:00` as `T14:00`.
    static func clockTime(_ word: String) -> String? {
        let parts = word.split(separator: ":")
        guard parts.count == 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m) else {
            return nil
        }
        return "T\(CalendarDate.pad(h, 2)):\(CalendarDate.pad(m, 2))"
    }

    /// The year that puts `month`/`day` nearest the publication date.
    static func nearestYear(month: Int, day: Int, published: CalendarDate?) -> Int? {
        guard let published else { return nil }
        var best: (Int, Int)?
        for year in (published.year - 1)...(published.year + 1) {
            guard let date = CalendarDate(year: year, month: month, day: min(day, CalendarDate.daysIn(month: month, year: year))) else { continue }
            let distance = abs(date.dayNumber - published.dayNumber)
            if best == nil || distance < best!.1 { best = (year, distance) }
        }
        return best?.0
    }

    static func resolve(day: Int, lastDay: Int?, month: Int, year: Int?, published: CalendarDate?) -> String? {
        // Reject days that exist in no year (31 лютого, 31 квітня); 29 лютого needs a leap year.
        guard day <= CalendarDate.daysIn(month: month, year: 2000), (lastDay ?? day) <= CalendarDate.daysIn(month: month, year: 2000) else { return nil }
        guard let year = year ?? nearestYear(month: month, day: day, published: published) else {
            let first = "--\(CalendarDate.pad(month, 2))-\(CalendarDate.pad(day, 2))"
            return lastDay.map { "\(first)/--\(CalendarDate.pad(month, 2))-\(CalendarDate.pad($0, 2))" } ?? first
        }
        guard let first = CalendarDate(year: year, month: month, day: day) else { return nil }
        guard let lastDay else { return first.iso }
        guard let last = CalendarDate(year: year, month: month, day: lastDay) else { return nil }
        return "\(first.iso)/\(last.iso)"
    }

    static func relativePeriod(_ unit: String, step: Int, from date: CalendarDate) -> String {
        switch unit {
        case "тижня":
            let week = date.adding(days: 7 * step).isoWeek
            return "\(CalendarDate.pad(week.year, 4))-W\(CalendarDate.pad(week.week, 2))"
        case "місяця":
            var month = date.month + step
            var year = date.year
            if month < 1 { month += 12; year -= 1 }
            if month > 12 { month -= 12; year += 1 }
            return "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))"
        default:
            return CalendarDate.pad(date.year + step, 4)
        }
    }

    /// The nearest `weekday` before (or after, when `forward`) `date`; the same day counts.
    static func weekday(_ weekday: Int, from date: CalendarDate, forward: Bool) -> CalendarDate {
        let difference = weekday - date.weekday
        if forward { return date.adding(days: difference >= 0 ? difference : difference + 7) }
        return date.adding(days: difference <= 0 ? difference : difference - 7)
    }
}
