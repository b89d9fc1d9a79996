//! Tests of export, import and merge (being written).
