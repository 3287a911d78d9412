# Synthetic data for scale tests and benchmarks (`--generate-synthetic`, bench/, tests/workspace): a
# generated dataset of any size, written through the storage layer's bulk inserts. Not analyst data.
target_sources(st_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SyntheticDataset.h ${CMAKE_CURRENT_LIST_DIR}/SyntheticDataset.cpp
)
