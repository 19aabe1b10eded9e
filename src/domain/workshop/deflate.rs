//! A small zlib (RFC 1950) / DEFLATE (RFC 1951) compressor for workshop
//! codes: one block with the fixed Huffman codes and greedy LZ77 matching
//! over a 32 kB window. Codes are a few kilobytes of JSON, where this
//! comes within a few percent of full compression, and it adds a fraction
//! of the code a general compressor would to the bundle (miniz_oxide's
//! compressor was most of the codes' 13 kB brotli). Decoding uses
//! miniz_oxide's inflate, which checks the stream and its checksum.

/// Bits written least significant first, as DEFLATE packs them.
struct Bits {
    out: Vec<u8>,
    acc: u32,
    n: u32,
}

impl Bits {
    fn put(&mut self, value: u32, count: u32) {
        self.acc |= value << self.n;
        self.n += count;
        while self.n >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }

    /// A Huffman code, most significant bit first.
    fn code(&mut self, code: u32, len: u32) {
        let mut rev = 0;
        for i in 0..len {
            rev |= ((code >> i) & 1) << (len - 1 - i);
        }
        self.put(rev, len);
    }

    fn finish(mut self) -> Vec<u8> {
        if self.n > 0 {
            self.out.push(self.acc as u8);
        }
        self.out
    }
}

const LEN_BASE: [u16; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258,
];
const LEN_EXTRA: [u8; 29] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const DIST_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA: [u8; 30] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
];

/// A literal/length symbol with the fixed code (RFC 1951 §3.2.6).
fn symbol(b: &mut Bits, s: u32) {
    match s {
        0..=143 => b.code(0x30 + s, 8),
        144..=255 => b.code(0x190 + s - 144, 9),
        256..=279 => b.code(s - 256, 7),
        _ => b.code(0xC0 + s - 280, 8),
    }
}

fn copy(b: &mut Bits, len: usize, dist: usize) {
    let i = LEN_BASE
        .iter()
        .rposition(|&x| usize::from(x) <= len)
        .unwrap_or(0);
    symbol(b, 257 + i as u32);
    b.put(
        (len - usize::from(LEN_BASE[i])) as u32,
        u32::from(LEN_EXTRA[i]),
    );
    let d = DIST_BASE
        .iter()
        .rposition(|&x| usize::from(x) <= dist)
        .unwrap_or(0);
    b.code(d as u32, 5);
    b.put(
        (dist - usize::from(DIST_BASE[d])) as u32,
        u32::from(DIST_EXTRA[d]),
    );
}

fn adler32(data: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += u32::from(x);
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    (b << 16) | a
}

/// `data` as a zlib stream.
pub fn zlib(data: &[u8]) -> Vec<u8> {
    const WINDOW: usize = 32 * 1024;
    let mut b = Bits {
        out: vec![0x78, 0x01],
        acc: 0,
        n: 0,
    };
    b.put(1, 1); // the final block
    b.put(1, 2); // fixed Huffman codes
    let mut last = vec![usize::MAX; 1 << 12];
    let hash = |i: usize| {
        let h = u32::from(data[i]) << 16 | u32::from(data[i + 1]) << 8 | u32::from(data[i + 2]);
        (h.wrapping_mul(2_654_435_761) >> 20) as usize
    };
    let mut i = 0;
    while i < data.len() {
        let mut len = 0;
        let mut dist = 0;
        if i + 3 <= data.len() {
            let h = hash(i);
            let j = last[h];
            last[h] = i;
            if j != usize::MAX && i - j <= WINDOW {
                while len < 258 && i + len < data.len() && data[j + len] == data[i + len] {
                    len += 1;
                }
                dist = i - j;
            }
        }
        if len >= 3 {
            copy(&mut b, len, dist);
            // Remember the positions inside the match for later ones.
            for k in i + 1..(i + len).min(data.len().saturating_sub(2)) {
                last[hash(k)] = k;
            }
            i += len;
        } else {
            symbol(&mut b, u32::from(data[i]));
            i += 1;
        }
    }
    symbol(&mut b, 256);
    let mut out = b.finish();
    out.extend_from_slice(&adler32(data).to_be_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn back(z: &[u8]) -> Vec<u8> {
        miniz_oxide::inflate::decompress_to_vec_zlib(z).expect("a valid zlib stream")
    }

    #[test]
    fn round_trips_through_inflate() {
        let long_run = "a".repeat(1000);
        let text = "{\"name\":\"Emerging Leaders\",\"competencies\":[\"communication\",\"conflict\",\"communication\"]}";
        for s in [
            "",
            "a",
            "ab",
            "abc",
            "abcabcabcabc",
            long_run.as_str(),
            text,
        ] {
            assert_eq!(back(&zlib(s.as_bytes())), s.as_bytes(), "{s:?}");
        }
        let bytes: Vec<u8> = (0..70_000u32).map(|i| (i * 7 % 251) as u8).collect();
        assert_eq!(back(&zlib(&bytes)), bytes, "beyond one window");
        assert!(zlib(long_run.as_bytes()).len() < 40);
        assert_eq!(adler32(b"Wikipedia"), 0x11E6_0398);
    }
}
