#include "ModelTestData.h"
#include "TempDatabase.h"

#include "CustomerListModel.h"
#include "customers/CustomerPageQuery.h"
#include "docs/DocumentNumber.h"
#include "storage/Database.h"
#include "util/TextFolding.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>

using namespace atende;
using atende::test::ModelTestData;
using atende::test::TempDatabase;

namespace {

constexpr int CustomerCount = 150;

QList<qint64> idsBySql(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QList<qint64> fetchAllIds(QAbstractItemModel& model) {
    while (model.canFetchMore({}))
        model.fetchMore({});
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(Qt::UserRole).toLongLong();
    return ids;
}

QString columnFor(int modelColumn) {
    switch (modelColumn) {
    case CustomerListModel::DocumentColumn:
        return QStringLiteral("document");
    case CustomerListModel::CodeColumn:
        return QStringLiteral("code");
    default:
        return QStringLiteral("name_key");
    }
}

struct Seeded {
    TempDatabase temp;
    std::unique_ptr<Database> db = temp.open();
    Seeded() { ModelTestData::seedCustomers(*db, CustomerCount); }
};

} // namespace

TEST_CASE("The customer list walks name, document and code orders across pages as a full ORDER BY",
          "[models][customers]") {
    Seeded data;
    CustomerListModel model(*data.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(6);
    CHECK(model.sortColumn() == CustomerListModel::NameColumn);
    CHECK(model.sortOrder() == Qt::AscendingOrder);

    for (const int column :
         {CustomerListModel::NameColumn, CustomerListModel::DocumentColumn, CustomerListModel::CodeColumn}) {
        for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
            INFO("column " << column << " " << dir.toStdString());
            model.sort(column, order);
            CHECK(model.sortColumn() == column);
            // NULL codes sort first ascending and last descending, in SQLite as in the model.
            const QList<qint64> expected = idsBySql(
                *data.db, QStringLiteral("SELECT id FROM customers ORDER BY %1 %2, id %2").arg(columnFor(column), dir));
            REQUIRE(expected.size() == CustomerCount);
            CHECK(fetchAllIds(model) == expected);
        }
    }
    SECTION("page ends on NULL codes in both directions") {
        for (const int pageSize : {1, 2, 49, 50, 51}) {
            INFO("page size " << pageSize);
            model.setPageSize(pageSize);
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
                model.sort(CustomerListModel::NameColumn, order);
                model.sort(CustomerListModel::CodeColumn, order);
                CHECK(fetchAllIds(model) ==
                      idsBySql(*data.db, QStringLiteral("SELECT id FROM customers ORDER BY code %1, id %1").arg(dir)));
            }
        }
    }
}

TEST_CASE("The customer name prefix ignores accents and case", "[models][customers]") {
    Seeded data;
    CustomerListModel model(*data.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(4);

    const QList<qint64> joao = idsBySql(
        *data.db, QStringLiteral("SELECT id FROM customers WHERE name_key LIKE 'joao %' ORDER BY name_key, id"));
    REQUIRE(joao.size() > 4);
    for (const QString& typed : {QStringLiteral("joao "), QStringLiteral("JOÃO"), QStringLiteral("  João")}) {
        INFO(typed.toStdString());
        model.setSearchText(typed);
        const QList<qint64> ids = fetchAllIds(model);
        CHECK(ids == joao);
        for (int row = 0; row < model.rowCount(); ++row)
            CHECK(model.index(row, CustomerListModel::NameColumn)
                      .data()
                      .toString()
                      .startsWith(QStringLiteral("jo"), Qt::CaseInsensitive));
    }

    // "angela" finds "Ângela", in every order the prefix stays applied.
    model.setSearchText(QStringLiteral("angela"));
    const QList<qint64> angela = fetchAllIds(model);
    REQUIRE_FALSE(angela.isEmpty());
    CHECK(model.index(0, CustomerListModel::NameColumn).data().toString().startsWith(QStringLiteral("Ângela")));
    model.sort(CustomerListModel::DocumentColumn, Qt::DescendingOrder);
    CHECK(fetchAllIds(model) ==
          idsBySql(*data.db, QStringLiteral("SELECT id FROM customers WHERE name_key LIKE 'angela%' "
                                            "ORDER BY document DESC, id DESC")));
    model.sort(CustomerListModel::CodeColumn, Qt::AscendingOrder);
    CHECK(fetchAllIds(model).size() == angela.size());

    CustomerPageQuery query(*data.db);
    CHECK(*query.count(CustomerListFilter{QStringLiteral("ÂNGELA"), {}}) == angela.size());

    model.setSearchText(QStringLiteral("nobody like this"));
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore({}));
    model.setSearchText({});
    CHECK(fetchAllIds(model).size() == CustomerCount);
}

TEST_CASE("The customer search by document prefix accepts the mask", "[models][customers]") {
    Seeded data;
    CustomerListModel model(*data.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString cpf = ModelTestData::cpfFor(10);
    const QString formatted = DocumentNumber::formatNormalized(cpf);
    model.setSearchText(formatted.left(7)); // "100.07" with its dot
    REQUIRE(model.rowCount() >= 1);
    for (int row = 0; row < model.rowCount(); ++row) {
        CHECK(model.index(row, CustomerListModel::DocumentColumn).data().toString().startsWith(formatted.left(7)));
    }
    model.setSearchText(formatted);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, 0).data(Qt::UserRole).toLongLong() == 11);
    CHECK(model.index(0, CustomerListModel::DocumentColumn).data().toString() == formatted);

    // An alphanumeric CNPJ typed in lower case.
    const QString cnpj = ModelTestData::cnpjFor(3);
    model.setSearchText(DocumentNumber::formatNormalized(cnpj).toLower());
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, CustomerListModel::KindColumn).data().toString() == QStringLiteral("PJ"));
}

TEST_CASE("findByDocument takes a CPF/CNPJ with or without mask and in any case", "[models][customers]") {
    Seeded data;
    CustomerPageQuery query(*data.db);
    const QString cpf = ModelTestData::cpfFor(20);
    const QString cnpj = ModelTestData::cnpjFor(7);

    for (const QString& typed : {cpf, DocumentNumber::formatNormalized(cpf), QStringLiteral(" %1 ").arg(cpf)}) {
        INFO(typed.toStdString());
        auto found = query.findByDocument(typed);
        REQUIRE(found.ok());
        CHECK(found->id == 21);
        CHECK(found->document == cpf);
        CHECK(found->kind == QStringLiteral("PF"));
    }
    for (const QString& typed : {cnpj, cnpj.toLower(), DocumentNumber::formatNormalized(cnpj),
                                 DocumentNumber::formatNormalized(cnpj).toLower()}) {
        INFO(typed.toStdString());
        auto found = query.findByDocument(typed);
        REQUIRE(found.ok());
        CHECK(found->id == 8);
        CHECK(found->kind == QStringLiteral("PJ"));
        CHECK(found->name.startsWith(QStringLiteral("Imobiliária")));
    }

    SECTION("a valid document nobody has is NotFound") {
        auto missing = query.findByDocument(QStringLiteral("529.982.247-25"));
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.error().code == Error::Code::NotFound);
        CHECK_FALSE(missing.error().userMessage.isEmpty());
    }
    SECTION("a mistyped document says why") {
        for (const QString& typed :
             {QStringLiteral("529.982.247-26"), QStringLiteral("123"), QStringLiteral("abc"), QString()}) {
            INFO(typed.toStdString());
            auto wrong = query.findByDocument(typed);
            REQUIRE_FALSE(wrong.ok());
            CHECK(wrong.error().code == Error::Code::InvalidInput);
            CHECK_FALSE(wrong.error().userMessage.isEmpty());
        }
    }
}

TEST_CASE("Customer rows show the formatted or masked document, the city and the debt flag", "[models][customers]") {
    TempDatabase temp;
    auto db = temp.open();
    REQUIRE(db->execRaw(QStringLiteral(
                            "INSERT INTO customers(id, kind, document, code, name, name_key, city, state, in_debt, "
                            "created_at, updated_at) VALUES (3, 'PF', '52998224725', NULL, 'José Araújo', "
                            "'jose araujo', 'Florianópolis', 'SC', 1, 0, 0)"))
                .ok());
    CustomerListModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 1);
    auto cell = [&](int column) { return model.index(0, column).data().toString(); };
    CHECK(model.index(0, 2).data(Qt::UserRole).toLongLong() == 3);
    CHECK(cell(CustomerListModel::NameColumn) == QStringLiteral("José Araújo"));
    CHECK(cell(CustomerListModel::KindColumn) == QStringLiteral("PF"));
    CHECK(cell(CustomerListModel::DocumentColumn) == QStringLiteral("529.982.247-25"));
    CHECK(cell(CustomerListModel::CodeColumn).isEmpty());
    CHECK(cell(CustomerListModel::CityColumn).contains(QStringLiteral("Florianópolis")));
    CHECK(cell(CustomerListModel::CityColumn).contains(QStringLiteral("SC")));
    CHECK_FALSE(cell(CustomerListModel::InDebtColumn).isEmpty());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setMaskDocuments(true);
    CHECK(changed.size() == 1);
    CHECK(cell(CustomerListModel::DocumentColumn) == QStringLiteral("***.982.247-**"));

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.sort(CustomerListModel::CityColumn, Qt::DescendingOrder);
    CHECK(resets.isEmpty());
    CHECK(model.sortColumn() == CustomerListModel::NameColumn);
}

TEST_CASE("Every customer page walks an index, or sorts at most the few matches of a prefix",
          "[models][customers][plan]") {
    TempDatabase temp;
    auto db = temp.open();
    const QList<CustomerListFilter> filters{
        {}, {QStringLiteral("jo"), {}}, {{}, QStringLiteral("123")}, {QStringLiteral("jo"), QStringLiteral("1")}};
    for (const CustomerSortKey key : {CustomerSortKey::Name, CustomerSortKey::Document, CustomerSortKey::Code}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            for (const CustomerListFilter& filter : filters) {
                CustomerPageRequest request;
                request.sortKey = key;
                request.order = order;
                request.filter = filter;
                for (const QString& sql : CustomerPageQuery::statements(request)) {
                    QSqlQuery plan(db->connection());
                    REQUIRE(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
                    // Values do not change the plan (no STAT4): bind NULL to every placeholder.
                    const QRegularExpression placeholder(QStringLiteral(":[A-Za-z]+"));
                    for (auto it = placeholder.globalMatch(sql); it.hasNext();)
                        plan.bindValue(it.next().captured(), QVariant());
                    INFO(plan.lastError().text().toStdString());
                    REQUIRE(plan.exec());
                    QStringList details;
                    while (plan.next())
                        details << plan.value(3).toString();
                    INFO(sql.toStdString() << "\n" << details.join(QLatin1Char('\n')).toStdString());
                    REQUIRE_FALSE(details.isEmpty());
                    CHECK(details.first().contains(QStringLiteral("INDEX")));
                    if (sql.contains(QStringLiteral("ORDER BY +"))) {
                        // Only the matches of a prefix, found through its index, are sorted.
                        CHECK(details.first().startsWith(QStringLiteral("SEARCH customers USING")));
                        CHECK(details.first().contains(QStringLiteral(">?")));
                        REQUIRE(details.size() == 2);
                        CHECK(details.last() == QStringLiteral("USE TEMP B-TREE FOR ORDER BY"));
                    } else {
                        CHECK(details.size() == 1);
                    }
                }
            }
        }
    }
}

TEST_CASE("A prefix on another column pages correctly both by walking the order and by sorting the matches",
          "[models][customers]") {
    Seeded data;
    const QList<CustomerListFilter> filters{
        {QStringLiteral("JOAO"), {}}, {QStringLiteral("ma"), {}}, {{}, QStringLiteral("10")}};
    for (const qint64 threshold : {qint64(0), qint64(1000000)}) {
        CustomerPageQuery query(*data.db);
        query.setSmallFilterRows(threshold);
        for (const CustomerListFilter& filter : filters) {
            for (const CustomerSortKey key :
                 {CustomerSortKey::Name, CustomerSortKey::Document, CustomerSortKey::Code}) {
                for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    CustomerPageRequest request;
                    request.sortKey = key;
                    request.order = order;
                    request.filter = filter;
                    request.limit = 3;
                    QList<qint64> ids;
                    auto page = query.firstPage(request);
                    while (page.ok() && !page->empty()) {
                        for (const CustomerListRow& row : *page)
                            ids << row.id;
                        page = query.nextPage(request, page->back());
                    }
                    REQUIRE(page.ok());
                    const QString column = key == CustomerSortKey::Name       ? QStringLiteral("name_key")
                                           : key == CustomerSortKey::Document ? QStringLiteral("document")
                                                                              : QStringLiteral("code");
                    const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
                    const QString where =
                        filter.namePrefix.isEmpty()
                            ? QStringLiteral("document LIKE '%1%'").arg(filter.documentPrefix)
                            : QStringLiteral("name_key LIKE '%1%'").arg(TextFolding::fold(filter.namePrefix));
                    INFO(where.toStdString()
                         << " " << column.toStdString() << " " << dir.toStdString() << " threshold " << threshold);
                    const QList<qint64> expected =
                        idsBySql(*data.db, QStringLiteral("SELECT id FROM customers WHERE %1 ORDER BY %2 %3, id %3")
                                               .arg(where, column, dir));
                    REQUIRE(expected.size() > 3);
                    CHECK(ids == expected);
                }
            }
        }
    }
}

TEST_CASE("A search text is a document when it looks like one and a name otherwise", "[models][customers]") {
    const auto isDocument = [](const char* text) {
        return !CustomerListFilter::fromSearchText(QString::fromUtf8(text)).documentPrefix.isEmpty();
    };
    CHECK(isDocument("123"));
    CHECK(isDocument("529.982.247-25"));
    CHECK(isDocument("529 982 247 25"));
    CHECK(isDocument("12.abc.345/01de-35"));
    CHECK(isDocument("12ABC"));
    CHECK_FALSE(isDocument("Cliente 5"));
    CHECK_FALSE(isDocument("Maria2"));
    CHECK_FALSE(isDocument("João"));
    CHECK_FALSE(isDocument(""));
    CHECK(CustomerListFilter::fromSearchText(QStringLiteral("João 2")).namePrefix == QStringLiteral("João 2"));
}
