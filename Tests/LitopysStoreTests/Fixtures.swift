import Foundation
import Litopys
import LitopysStore

/// Small self-written Ukrainian articles and the helpers the store tests share.
enum Fixtures {
    /// The full pipeline, loaded once; nil when the VESUM dictionary cannot be had.
    static let pipeline: Pipeline? = {
        do {
            return try Pipeline.standard(downloadDictionary: true)
        } catch {
            print("LitopysStoreTests: skipping the ingest tests: \(error). Run `litopys setup` first.")
            return nil
        }
    }()

    /// Whether the pipeline could be loaded.
    static var hasPipeline: Bool { pipeline != nil }

    /// A meeting in Warsaw, as one outlet reports it.
    static let warsawMeeting = """
        Міністр оборони Рустем Умєров зустрівся у Варшаві з польським колегою
        Міністр оборони України Рустем Умєров 12 березня провів зустріч у Варшаві з міністром національної оборони Польщі Владиславом Косіняком-Камишем. Сторони обговорили спільне виробництво боєприпасів і підготовку українських військових.
        «Польща залишається нашим надійним партнером, і ми цінуємо кожен крок підтримки», – заявив Умєров після переговорів.
        Косіняк-Камиш наголосив, що Польща продовжить допомагати Україні.
        Під час розмови міністри також говорили про ремонт бронетехніки на польських підприємствах, про логістику поставок через прикордонні пункти та про захист критичної інфраструктури від ударів дронів. За даними українського відомства, перші спільні проєкти можуть запрацювати вже влітку, а фінансування частково забезпечать європейські програми.
        Окремо сторони торкнулися питання навчання пілотів і техніків. Польська сторона готова розширити програми підготовки на своїх полігонах, а українські інструктори поділяться досвідом, здобутим на фронті. Наступну зустріч у такому форматі запланували на осінь, коли мають підбити перші підсумки співпраці.

        """

    /// The same meeting, as another outlet reports it.
    static let warsawMeetingElsewhere = """
        Умєров і Косіняк-Камиш домовилися про спільне виробництво боєприпасів
        У Варшаві 12 березня відбулася зустріч Рустема Умєрова з Владиславом Косіняком-Камишем. Очільники оборонних відомств двох країн говорили про постачання техніки та навчання пілотів.
        За словами Умєрова, Україна розраховує на нові пакети допомоги вже цієї весни.
        «Ми будуємо спільну оборонну промисловість, яка працюватиме на безпеку всієї Європи», – сказав український міністр.

        """

    /// ``warsawMeeting`` as a wire copy with one word changed.
    static let warsawMeetingCopy = warsawMeeting.replacingOccurrences(of: "надійним партнером", with: "надійним другом")

    /// An unrelated article: a visit to Odesa.
    static let odesaVisit = """
        Прем'єр-міністр Денис Шмигаль відвідав Одесу
        Прем'єр-міністр України Денис Шмигаль 20 квітня відвідав Одесу, де оглянув порт і зустрівся з місцевими підприємцями. Уряд виділить кошти на відновлення зерновозів і причалів.
        «Одеський порт працює, попри щоденні обстріли, і ми зробимо все, щоб так було й далі», – наголосив Шмигаль.

        """

    /// A short article that names the prime minister by surname only.
    static let surnameOnly = """
        Уряд готується до зими
        У вівторок нараду з керівниками енергетичних компаній провів прем'єр Шмигаль. Уряд розраховує завершити ремонт пошкоджених підстанцій до кінця літа, наголосив Шмигаль після наради.

        """

    /// A fresh folder for one test.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("litopys-store-tests-\(ProcessInfo.processInfo.processIdentifier)")
            .appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` to `name` in `folder` and returns its path.
    @discardableResult
    static func write(_ text: String, to name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Ingests `paths` into `store` with the shared pipeline; collects the problems reported.
    static func ingest(_ paths: [String], into store: any ChronicleStore, published: String? = "2024-03-12") async throws -> (tally: IngestProgress, problems: [InputError]) {
        guard let pipeline else { throw StoreError(code: .invalidQuery, message: "no pipeline") }
        var ingester = Ingester(pipeline: pipeline, store: store)
        ingester.reader.published = published
        var problems: [InputError] = []
        let tally = try await ingester.ingest(paths: paths, problem: { problems.append($0) })
        return (tally, problems)
    }
}

/// The storage backends the behaviour tests run against.
enum Backend: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqlite
    case postgres

    var description: String { rawValue }

    /// The server for the PostgreSQL tests, from LITOPYS_TEST_POSTGRES_URL
    /// (`postgres://USER:PASSWORD@HOST:PORT/DATABASE`); nil when unset.
    static let postgresURL: String? = {
        guard let url = ProcessInfo.processInfo.environment["LITOPYS_TEST_POSTGRES_URL"], !url.isEmpty else {
            print("""
                LitopysStoreTests: LITOPYS_TEST_POSTGRES_URL is not set, so the PostgreSQL backend is \
                not tested (SQLite is). Run `scripts/with-test-postgres.sh swift test` to test both.
                """)
            return nil
        }
        return url
    }()

    /// The backends to test: SQLite, and PostgreSQL when a server is given.
    static var available: [Backend] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    /// A new, empty store: an SQLite file in `folder`, or a fresh PostgreSQL schema of its own.
    func makeStore(in folder: URL, name: String = "chronicle") async throws -> any ChronicleStore {
        switch self {
        case .sqlite:
            return try SQLiteChronicleStore(path: folder.appendingPathComponent("\(name).sqlite").path)
        case .postgres:
            return try await Self.makePostgresStore()
        }
    }

    /// A PostgreSQL store in a new schema (`test_` and a random hex string), so that tests
    /// running at the same time never see each other's rows.
    static func makePostgresStore() async throws -> PostgresChronicleStore {
        guard let url = postgresURL else { throw StoreError(code: .cannotOpen, message: "LITOPYS_TEST_POSTGRES_URL is not set") }
        var location = try PostgresLocation(url: url)
        location.schema = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        return try await PostgresChronicleStore(location: location)
    }
}
