import Foundation
import ProtokolModel
import ProtokolStore
import Testing

/// Danish full-text search, filters, facets, access to closed items and case lists, for every store.
@Suite("MeetingStore: search and cases")
struct SearchSuite {
    @Test("words match in any inflection, ranked, with highlighted snippets and facets", arguments: StoreFactory.all)
    func stemmedSearch(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            try await Corpus.storeSeeds(in: store)
            let results = try await store.search(SearchQuery("skærpet tilsyn"), access: .public)
            #expect(results.total >= 3)
            #expect(results.level == .item)
            #expect(results.hits.count == results.total)
            #expect(results.hits.allSatisfy { $0.meeting.body == "Lejre Kommune" })
            #expect(results.hits.allSatisfy { $0.snippet.contains("«") && $0.snippet.contains("»") })
            #expect(zip(results.hits, results.hits.dropFirst()).allSatisfy { $0.score >= $1.score })
            // 003's item 4 says "skærpede tilsyn" in its title and "skærpet tilsyn" in its text.
            #expect(results.hits.contains { $0.itemTitle == "JAI - Status på mål for det skærpede tilsyn" && $0.caseNumber == "22-000477" })
            #expect(results.facets.body == [FacetCount(value: "Lejre Kommune", count: results.total)])
            #expect(results.facets.year == [FacetCount(value: "2022", count: results.total)])
            #expect(results.facets.outcome.map(\.count).reduce(0, +) == results.total)

            let inflected = try await store.search(SearchQuery("skærpede tilsynet"), access: .public)
            #expect(Set(inflected.hits.map(\.itemTitle)) == Set(results.hits.map(\.itemTitle)))

            // The page is limited; the total and facets count every hit.
            let page = try await store.search(SearchQuery("skærpet tilsyn", limit: 1), access: .public)
            #expect(page.hits.count == 1 && page.total == results.total && page.facets == results.facets)
            #expect(page.hits.first == results.hits.first)
            let next = try await store.search(SearchQuery("skærpet tilsyn", limit: 1, offset: 1), access: .public)
            #expect(next.hits.first == results.hits.dropFirst().first)
        }
    }

    @Test("phrase queries need the words together, in order", arguments: StoreFactory.all)
    func phraseSearch(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            try await Corpus.storeSeeds(in: store)
            let phrase = try await store.search(SearchQuery("\"skærpet tilsyn\""), access: .public)
            #expect(phrase.total >= 3)
            // Stores mark a phrase as one run ("«skærpet tilsyn»", SQLite) or word by word (PostgreSQL).
            #expect(phrase.hits.allSatisfy { $0.snippet.lowercased().contains("«skærpe") })
            let reversed = try await store.search(SearchQuery("\"tilsyn skærpet\""), access: .public)
            #expect(reversed.total == 0)
            // Typographic quotes work too.
            #expect(try await store.search(SearchQuery("“skærpet tilsyn”"), access: .public).total == phrase.total)
        }
    }

    @Test("prefix queries find every word that starts with the prefix", arguments: StoreFactory.all)
    func prefixSearch(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            try await Corpus.storeSeeds(in: store)
            let prefix = try await store.search(SearchQuery("beskæft*", limit: 100), access: .public)
            #expect(prefix.total >= 15)
            #expect(prefix.facets.body.count == 4)
            #expect(prefix.hits.allSatisfy { $0.snippet.lowercased().contains("«beskæft") })
            // Longer than the stem of "beskæftigelse" ("beskæftig"): still found, as whole words are indexed too.
            let long = try await store.search(SearchQuery("beskæftigelsesområ*", limit: 100), access: .public)
            #expect(long.total >= 3)
            #expect(long.hits.contains { $0.caseNumber == "22-001317" })
            // Without the star, "beskæft" is a word of its own, and no document has it.
            #expect(try await store.search(SearchQuery("beskæft"), access: .public).total == 0)
            // å stays å: "år" is not "ar".
            let year = try await store.search(SearchQuery("år"), access: .public)
            #expect(year.total > 0)
            #expect(year.hits.allSatisfy { $0.snippet.lowercased().contains("«år") })
        }
    }

    @Test("a question in Danish: stop words are left out, and any-term matching ranks the best items first", arguments: StoreFactory.all)
    func naturalQuestion(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            try await Corpus.storeSeeds(in: store)
            let question = "hvad har udvalgene besluttet om skærpet tilsyn"
            let all = try await store.search(SearchQuery(question), access: .public)
            #expect(all.match == .all)
            let any = try await store.search(SearchQuery(question, match: .any), access: .public)
            #expect(any.match == .any)
            #expect(any.total > all.total)
            let best = try #require(any.hits.first)
            #expect(["22-000183", "22-000477", "22-001312"].contains(best.caseNumber))
            // Stop words do not count…
            #expect(try await store.search(SearchQuery("skærpet og tilsyn"), access: .public).total
                == (try await store.search(SearchQuery("skærpet tilsyn"), access: .public).total))
            // …unless there is nothing else.
            #expect(try await store.search(SearchQuery("og"), access: .public).total > 0)
        }
    }

    @Test("filters: body, committee, dates, outcome, section kind", arguments: StoreFactory.all)
    func filters(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            try await Corpus.storeSeeds(in: store)
            let all = try await store.search(SearchQuery("beskæft*", limit: 100), access: .public)

            let lejre = try await store.search(SearchQuery("beskæft*", filters: SearchFilters(body: "Lejre Kommune"), limit: 100), access: .public)
            #expect(lejre.total > 0 && lejre.total < all.total)
            #expect(lejre.hits.allSatisfy { $0.meeting.body == "Lejre Kommune" })
            #expect(lejre.total == all.facets.body.first { $0.value == "Lejre Kommune" }?.count)

            let committee = try await store.search(
                SearchQuery("beskæft*", filters: SearchFilters(committee: "Arbejdsmarkedsudvalget"), limit: 100), access: .public)
            #expect(committee.total > 0)
            #expect(committee.hits.allSatisfy { $0.meeting.committee == "Arbejdsmarkedsudvalget" })

            let from = CalendarDate(iso: "2022-02-01"), to = CalendarDate(iso: "2022-12-31")
            let dated = try await store.search(SearchQuery("beskæft*", filters: SearchFilters(from: from, to: to), limit: 100), access: .public)
            #expect(dated.total > 0 && dated.total < all.total)
            #expect(dated.hits.allSatisfy { hit in hit.meeting.date.map { $0 >= from! && $0 <= to! } ?? false })
            #expect(dated.facets.year == [FacetCount(value: "2022", count: dated.total)])

            // "All items Lejre's job committee recommended in 2022."
            let recommended = try await store.search(
                SearchQuery(
                    "beskæft*",
                    filters: SearchFilters(
                        body: "Lejre Kommune", committee: Corpus.lejre.committee, from: CalendarDate(iso: "2022-01-01"),
                        to: CalendarDate(iso: "2022-12-31"), outcome: .recommended)), access: .public)
            #expect(recommended.total == 1)
            #expect(recommended.hits.first?.caseNumber == "22-000180")
            #expect(recommended.hits.first?.outcome == .recommended)

            let decisions = try await store.search(
                SearchQuery("beskæft*", filters: SearchFilters(sectionKind: .decision), limit: 100), access: .public)
            #expect(decisions.level == .section)
            #expect(decisions.total > 0)
            #expect(decisions.hits.allSatisfy { $0.sectionKind == .decision && $0.sectionHeading != nil })

            let sections = try await store.search(SearchQuery("beskæft*", level: .section, limit: 500), access: .public)
            #expect(sections.level == .section)
            #expect(sections.total > decisions.total)
            #expect(Set(sections.hits.compactMap(\.sectionKind)).count > 3)

            let none = try await store.search(SearchQuery("beskæft*", filters: SearchFilters(body: "Aarhus Kommune")), access: .public)
            #expect(none.total == 0 && none.hits.isEmpty && none.facets == SearchFacets())
        }
    }

    @Test("no words but filters: every item the filters let through, in date order", arguments: StoreFactory.all)
    func listing(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            try await Corpus.storeSeeds(in: store)
            // "All items Lejre's job committee recommended in 2022."
            let filters = SearchFilters(
                body: "Lejre Kommune", committee: Corpus.lejre.committee, from: CalendarDate(iso: "2022-01-01"), to: CalendarDate(iso: "2022-12-31"),
                outcome: .recommended)
            let recommended = try await store.search(SearchQuery("", filters: filters), access: .public)
            #expect(recommended.total == 1)
            #expect(recommended.hits.map(\.caseNumber) == ["22-000180"])
            #expect(recommended.hits.first?.snippet == "Indstillingerne anbefales.")

            let lejre = try await store.search(SearchQuery(" ", filters: SearchFilters(body: "Lejre Kommune"), limit: 100), access: .public)
            #expect(lejre.total == 17)
            #expect(lejre.hits.map(\.meeting.dateText) == lejre.hits.map(\.meeting.dateText).sorted())
            #expect(lejre.hits.prefix(8).map(\.itemNumber) == Array(1...8))

            // Closed items stay out of listings too.
            let herlev = try await store.search(SearchQuery("", filters: SearchFilters(body: "Herlev Kommune")), access: .public)
            #expect(herlev.hits.map(\.itemNumber) == [1, 2, 3, 4, 5])
            let member = try await store.search(SearchQuery("", filters: SearchFilters(body: "Herlev Kommune")), access: .member(of: [Corpus.herlev]))
            #expect(member.hits.map(\.itemNumber) == [1, 2, 3, 4, 5, 6, 7])

            let decisions = try await store.search(SearchQuery("", filters: SearchFilters(body: "Herlev Kommune", sectionKind: .decision)), access: .public)
            #expect(decisions.level == .section && decisions.total == 5)
            #expect(decisions.hits.allSatisfy { $0.sectionKind == .decision })
        }
    }

    @Test("a malformed query is a typed error, never a crash", arguments: StoreFactory.all)
    func malformedQueries(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            try await Corpus.storeSeeds(in: store)
            for text in ["\"skærpet tilsyn", "", "   ", "OR", "tilsyn OR", "OR tilsyn", "tilsyn OR OR skærpet", "*", "be*skæft", "\"\"",
                "\"skærpet til*\"", "§ ! ?", "(", ")"]
            {
                let error = await #expect(throws: StoreError.self, "query \(text)") {
                    try await store.search(SearchQuery(text), access: .public)
                }
                guard case .malformedQuery(let query, let reason)? = error else {
                    Issue.record("query \(text): expected malformedQuery, got \(String(describing: error))")
                    continue
                }
                #expect(query == text && !reason.isEmpty)
            }
            // FTS5 syntax typed by a user is just words here.
            for text in ["NEAR(tilsyn skærpet)", "title:tilsyn", "tilsyn NOT skærpet", "22-001317", "^tilsyn", "tilsyn + skærpet", "a:b:c", "(tilsyn)", "tilsyn AND skærpet"] {
                do {
                    _ = try await store.search(SearchQuery(text), access: .public)
                } catch {
                    Issue.record("query \(text) failed: \(error)")
                }
            }
            #expect(try await store.search(SearchQuery("tilsyn OR klapjob"), access: .public).total
                > (try await store.search(SearchQuery("klapjob"), access: .public).total))
        }
    }

    @Test("a closed item's text is found only by members of its committee", arguments: StoreFactory.all)
    func closedItems(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            try await Corpus.storeSeeds(in: store)
            let secret = "xylofonhemmelighed"
            let planted = Corpus.submission(try Corpus.herlevWithSecret(secret), name: "004-hemmelig.txt")
            guard case .parsed(let document) = planted.reading else {
                Issue.record("the planted document did not parse")
                return
            }
            let closed = try #require(document.meeting.items.first { $0.number == 6 })
            #expect(!closed.isPublic)
            #expect(closed.sections.contains { $0.text.contains(secret) })
            guard case .new = try await store.store(planted) else {
                Issue.record("the planted document was not stored")
                return
            }

            for level in SearchLevel.allCases {
                let anyone = try await store.search(SearchQuery(secret, level: level), access: .public)
                #expect(anyone.total == 0 && anyone.hits.isEmpty && anyone.facets == SearchFacets())
                let prefix = try await store.search(SearchQuery("xylofon*", level: level), access: .public)
                #expect(prefix.total == 0)
                let otherCommittee = try await store.search(SearchQuery(secret, level: level), access: .member(of: [Corpus.lejre]))
                #expect(otherCommittee.total == 0)
                // Same committee name, other municipality: no access.
                let otherBody = try await store.search(
                    SearchQuery(secret, level: level), access: .member(of: [CommitteeRef(body: "Lejre Kommune", committee: "Arbejdsmarkedsudvalget")]))
                #expect(otherBody.total == 0)

                let member = try await store.search(SearchQuery(secret, level: level), access: .member(of: [Corpus.lejre, Corpus.herlev]))
                #expect(member.total == 1)
                let hit = try #require(member.hits.first)
                #expect(!hit.isPublic && hit.itemNumber == 6 && hit.meeting.body == "Herlev Kommune")
                #expect(hit.snippet.contains("«\(secret)»"))
            }
            // Members still find public items.
            #expect(try await store.search(SearchQuery("skærpet tilsyn"), access: .member(of: [Corpus.herlev])).total >= 3)

            // Case lists keep closed items from the public too.
            let publicCase = try await store.caseItems("00.22.00P35-1-21", access: .public)
            #expect(publicCase.map(\.itemNumber) == [5])
            let memberCase = try await store.caseItems("00.22.00P35-1-21", access: .member(of: [Corpus.herlev]))
            #expect(memberCase.map(\.itemNumber) == [5, 6, 7])
        }
    }

    @Test("case 22-001317 lists the two Lejre items in order, with Sagens forløb", arguments: StoreFactory.all)
    func caseItems(_ factory: StoreFactory) async throws {
        try await factory.with { store in
            try await Corpus.storeSeeds(in: store)
            let items = try await store.caseItems("22-001317", access: .public)
            #expect(items.map(\.itemNumber) == [3, 4])
            #expect(items.allSatisfy { $0.meeting.body == "Lejre Kommune" && $0.meeting.date == CalendarDate(iso: "2022-03-09") })
            #expect(items.map(\.outcome) == [.noted, .postponed])
            #expect(items.allSatisfy { $0.history.count == 1 && $0.history[0].date == CalendarDate(iso: "2022-03-09") })
            #expect(items[1].history[0].text.contains("klapjob"))
            #expect(try await store.caseItems("99-999999", access: .public).isEmpty)
            #expect(try await store.caseItems("22-001317", body: "Lejre Kommune", access: .public).count == 2)
            #expect(try await store.caseItems("22-001317", body: "Herlev Kommune", access: .public).isEmpty)

            // A later meeting of the same case comes after, in date order, whatever the import order.
            let later = try Corpus.text("002_2e8588dc50a27a80").replacingOccurrences(of: "2022", with: "2024")
            _ = try await store.store(Corpus.submission(Array(later.utf8), name: "002-2024.txt"))
            let earlier = try Corpus.text("002_2e8588dc50a27a80").replacingOccurrences(of: "2022", with: "2019")
            _ = try await store.store(Corpus.submission(Array(earlier.utf8), name: "002-2019.txt"))
            let all = try await store.caseItems("22-001317", access: .public)
            #expect(all.map(\.meeting.dateText) == ["2019-03-09", "2019-03-09", "2022-03-09", "2022-03-09", "2024-03-09", "2024-03-09"])
            #expect(all.map(\.itemNumber) == [3, 4, 3, 4, 3, 4])
        }
    }
}
