//! Tests of audit, forget and the access log (being written).
