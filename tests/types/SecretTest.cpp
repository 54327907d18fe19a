// Secret (core/types/Secret.h): owns its bytes, shares them with nobody, zeroes them before they are freed.
#include "CatchQt.h"

#include "types/Secret.h"

#include <type_traits>

using namespace ipw;
using namespace Qt::StringLiterals;

namespace {

// What the buffer held when Secret let go of it, seen through the test seam (called after zeroing, before freeing).
struct Wiped {
    QList<QByteArray> buffers;
    QList<const char *> addresses;
};
Wiped g_wiped;

void recordWipe(const char *data, qsizetype size)
{
    g_wiped.buffers << QByteArray(data, size);
    g_wiped.addresses << data;
}

struct ObserveWipes {
    ObserveWipes()
    {
        g_wiped = {};
        Secret::setWipeObserver(recordWipe);
    }
    ~ObserveWipes() { Secret::setWipeObserver(nullptr); }
};

}  // namespace

TEST_CASE("Secret: no implicit sharing, only moves and explicit copies", "[types][secrets]")
{
    STATIC_REQUIRE_FALSE(std::is_copy_constructible_v<Secret>);
    STATIC_REQUIRE_FALSE(std::is_copy_assignable_v<Secret>);
    STATIC_REQUIRE(std::is_nothrow_move_constructible_v<Secret>);

    Secret a = Secret::fromString(u"pässwörd"_s);
    CHECK(a.utf8() == QByteArrayView(u"pässwörd"_s.toUtf8()));
    CHECK(a.toString() == u"pässwörd"_s);
    CHECK(a.size() == QByteArray("pässwörd").size());

    const char *before = a.utf8().data();
    Secret b = std::move(a);
    CHECK(a.isEmpty());                // NOLINT(bugprone-use-after-move): the moved-from Secret is empty by contract
    CHECK(b.utf8().data() == before);  // moved, not copied

    Secret c = b.copy();
    CHECK(c.toString() == b.toString());
    CHECK(c.utf8().data() != b.utf8().data());  // its own buffer
    c.clear();
    CHECK(c.isEmpty());
    CHECK(b.toString() == u"pässwörd"_s);  // clearing the copy leaves the original
}

TEST_CASE("Secret: zeroes its own storage on clear, destruction and assignment", "[types][secrets]")
{
    ObserveWipes observe;
    const QByteArray password = "correct horse battery staple";
    const char *address = nullptr;
    {
        Secret s = Secret::fromUtf8(password);
        address = s.utf8().data();
        CHECK(s.utf8() == QByteArrayView(password));
    }
    REQUIRE(g_wiped.buffers.size() == 1);
    CHECK(g_wiped.addresses.value(0) == address);  // the very buffer it held
    CHECK(g_wiped.buffers.value(0) == QByteArray(password.size(), '\0'));

    Secret s = Secret::fromUtf8("first");
    s.clear();
    REQUIRE(g_wiped.buffers.size() == 2);
    CHECK(g_wiped.buffers.value(1) == QByteArray(5, '\0'));
    CHECK(s.isEmpty());
    s.clear();  // nothing left to wipe
    CHECK(g_wiped.buffers.size() == 2);

    s = Secret::fromUtf8("old-secret");
    s = Secret::fromUtf8("new");  // the old buffer is wiped when replaced
    REQUIRE(g_wiped.buffers.size() == 3);
    CHECK(g_wiped.buffers.value(2) == QByteArray(10, '\0'));
    CHECK(s.utf8() == QByteArrayView("new"));
}
