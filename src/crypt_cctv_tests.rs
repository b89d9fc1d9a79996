// C2SP CCTV vectors (being written).
