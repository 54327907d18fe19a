# The provider file parsers: ours (JSON) and Thunderbird clientConfig (XML). Seed corpora:
# resources/providers/ and tests/data/ispdb/.
ipw_add_fuzzer(fuzz_provider_file SOURCES ${CMAKE_CURRENT_LIST_DIR}/ProviderFileFuzzer.cpp LIBS core_providers)
ipw_add_fuzzer(fuzz_client_config SOURCES ${CMAKE_CURRENT_LIST_DIR}/ClientConfigFuzzer.cpp LIBS core_providers)
