// The test servers' HTTP request reader and form decoding, without a socket.
#include "MiniHttp.h"

#include "CatchQt.h"

using namespace ipw::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray post = "POST /token?x=1 HTTP/1.1\r\n"
                        "Host: 127.0.0.1:1234\r\n"
                        "Content-Type: application/x-www-form-urlencoded\r\n"
                        "content-length: 27\r\n"
                        "\r\n"
                        "grant_type=refresh_token&a=";

}  // namespace

TEST_CASE("HttpRequestReader: a request in one piece and byte by byte", "[oauth][fixture][unit]")
{
    const bool byteByByte = GENERATE(false, true);
    HttpRequestReader reader;
    if (byteByByte) {
        for (qsizetype i = 0; i < post.size(); ++i) {
            REQUIRE(reader.state() == HttpRequestReader::State::Incomplete);
            reader.append(post.mid(i, 1));
        }
    } else {
        reader.append(post);
    }
    REQUIRE(reader.state() == HttpRequestReader::State::Complete);
    const HttpRequest &request = reader.request();
    CHECK(request.method == "POST");
    CHECK(request.target == "/token?x=1");
    CHECK(request.path() == "/token");
    CHECK(request.query() == "x=1");
    CHECK(request.header("content-type") == "application/x-www-form-urlencoded");
    CHECK(request.header("content-length") == "27");
    CHECK(request.body == "grant_type=refresh_token&a=");
    CHECK_FALSE(reader.wantsContinue());
}

TEST_CASE("HttpRequestReader: what it refuses, and Expect: 100-continue", "[oauth][fixture][unit]")
{
    HttpRequestReader reader;
    SECTION("chunked")
    {
        reader.append("POST /token HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n");
        CHECK(reader.state() == HttpRequestReader::State::Bad);
        CHECK(reader.badStatus() == 411);
    }
    SECTION("bad request line")
    {
        reader.append("GET /\r\n\r\n");
        CHECK(reader.state() == HttpRequestReader::State::Bad);
        CHECK(reader.badStatus() == 400);
    }
    SECTION("bad Content-Length")
    {
        reader.append("POST / HTTP/1.1\r\nContent-Length: -3\r\n\r\n");
        CHECK(reader.badStatus() == 400);
    }
    SECTION("too large")
    {
        reader.append("GET / HTTP/1.1\r\nX: " + QByteArray(2 * 1024 * 1024, 'x'));
        CHECK(reader.state() == HttpRequestReader::State::Bad);
        CHECK(reader.badStatus() == 413);
    }
    SECTION("no body: complete at the end of the headers")
    {
        reader.append("GET /authorize?a=b HTTP/1.1\r\nHost: x\r\n\r\n");
        CHECK(reader.state() == HttpRequestReader::State::Complete);
        CHECK(reader.request().path() == "/authorize");
    }
    SECTION("Expect: 100-continue, once")
    {
        reader.append("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
        CHECK(reader.wantsContinue());
        CHECK_FALSE(reader.wantsContinue());
        reader.append("abc");
        CHECK(reader.state() == HttpRequestReader::State::Complete);
    }
}

TEST_CASE("FormData decodes once: '+' is a space, %2B a plus, %252F stays %2F", "[oauth][fixture][unit]")
{
    const FormData form = FormData::decode("code=4%2F0Ab%2Bx%3D&scope=a+b%20c&twice=4%252F0&flag&empty=&e%3Dq=v");
    CHECK(form.value("code") == u"4/0Ab+x="_s);
    CHECK(form.value("scope") == u"a b c"_s);
    CHECK(form.value("twice") == u"4%2F0"_s);
    CHECK(form.contains("flag"));
    CHECK(form.value("flag").isEmpty());
    CHECK(form.contains("empty"));
    CHECK(form.value("e=q") == u"v"_s);
    CHECK_FALSE(form.contains("missing"));
    const QUrlQuery query = form.toUrlQuery();
    CHECK(query.queryItemValue(u"code"_s, QUrl::FullyDecoded) == u"4/0Ab+x="_s);
    CHECK(query.queryItemValue(u"twice"_s, QUrl::FullyDecoded) == u"4%2F0"_s);
    CHECK(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded) == u"a b c"_s);
}

TEST_CASE("HttpResponse: Content-Length and Connection: close", "[oauth][fixture][unit]")
{
    HttpResponse response;
    response.status = 302;
    response.headers = {{"Location", "http://127.0.0.1:1/?code=x"}};
    response.body = "moved";
    CHECK(response.toBytes() == "HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:1/?code=x\r\n"
                                "Content-Length: 5\r\nConnection: close\r\n\r\nmoved");
}
