# The pure protocol parsers of core/net: IMAP response lines and SMTP replies. The parser sources are
# compiled into each target so that they carry the fuzzer's coverage instrumentation.
#   build/fuzz/tests/fuzz/fuzz_imap_response -max_total_time=60 tests/fuzz/corpus/imap
set(ipw_net_dir ${PROJECT_SOURCE_DIR}/core/net)
foreach(name IN ITEMS imap_response smtp_reply)
  ipw_add_fuzzer(fuzz_${name}
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/${name}_fuzzer.cpp ${ipw_net_dir}/ImapParser.cpp ${ipw_net_dir}/SmtpParser.cpp
            ${ipw_net_dir}/Transcript.cpp
    LIBS Qt6::Core Qt6::Network)
  target_include_directories(fuzz_${name} PRIVATE ${PROJECT_SOURCE_DIR}/core)
endforeach()

# The OAuth SASL error challenge: base64 JSON from the server.
#   build/fuzz/tests/fuzz/fuzz_oauth_challenge -max_total_time=30 tests/fuzz/corpus/oauth
ipw_add_fuzzer(fuzz_oauth_challenge
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/oauth_challenge_fuzzer.cpp ${ipw_net_dir}/OAuthSaslError.cpp
  LIBS Qt6::Core)
target_include_directories(fuzz_oauth_challenge PRIVATE ${PROJECT_SOURCE_DIR}/core)
