/* scratch_vec.c -- a time-series database query (Prometheus / Gorilla
   style chunk scan): each compressed chunk holds up to 64 samples as
   zig-zag varint deltas; a range query decodes a chunk into a per-call
   scratch vector and computes min, max, sum and the number of counter
   resets over it.

   Heap object: the scratch vector, malloc (n * sizeof (int)) with the
   sample count n checked to be 1..64 -- a bounded variable size.
   Build with -DLIMIT to use a local int[64] instead.  */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"

#define MAX_SAMPLES 64
#define NCHUNKS 1024
#define CHUNK_BYTES (1 + MAX_SAMPLES * 5)

static uint8_t chunks[NCHUNKS][CHUNK_BYTES];

/* Encode the signed value V as a zig-zag varint at P; return the number
   of bytes written.  */

static int
put_varint (uint8_t *p, int32_t v)
{
  uint32_t u = ((uint32_t) v << 1) ^ (uint32_t) (v >> 31);
  int n = 0;

  while (u >= 0x80)
    {
      p[n++] = (u & 0x7f) | 0x80;
      u >>= 7;
    }
  p[n++] = u;
  return n;
}

/* Fill the chunk store with NCHUNKS deterministic chunks.  Every 16th
   chunk is corrupt (sample count 0 or above 64) and must be skipped.  */

static void
make_chunks (void)
{
  uint64_t s = 0xfeedfacecafebeefULL;
  int c, k;

  for (c = 0; c < NCHUNKS; c++)
    {
      uint64_t r = bench_rand (&s);
      int n = 1 + r % MAX_SAMPLES;
      int pos = 1;
      int32_t prev = 0;

      if (c % 16 != 15)
        chunks[c][0] = n;
      else
        chunks[c][0] = c % 32 == 31 ? 0 : 65 + r % 100;
      for (k = 0; k < n; k++)
        {
          uint64_t x = bench_rand (&s);
          int32_t v = x % 16 == 0 ? (int32_t) (x >> 40) % 100
                                   : prev + (int32_t) ((x >> 8) % 2000);

          pos += put_varint (&chunks[c][pos], v - prev);
          prev = v;
        }
    }
}

/* Decode N zig-zag varint deltas at P into the values OUT[0..N-1].  */

static BENCH_NOINLINE void
decode_chunk (int *out, size_t n, const uint8_t *p)
{
  int32_t acc = 0;
  size_t i;

  for (i = 0; i < n; i++)
    {
      uint32_t u = 0;
      int shift = 0;

      while (*p & 0x80)
        {
          u |= (uint32_t) (*p++ & 0x7f) << shift;
          shift += 7;
        }
      u |= (uint32_t) *p++ << shift;
      acc += (int32_t) (u >> 1) ^ -(int32_t) (u & 1);
      out[i] = acc;
    }
}

/* Return a digest of min, max, sum and counter resets of the N values
   at V.  */

static BENCH_NOINLINE uint64_t
summarize (const int *v, size_t n)
{
  int lo = v[0], hi = v[0];
  int64_t sum = v[0];
  unsigned resets = 0;
  size_t i;

  for (i = 1; i < n; i++)
    {
      if (v[i] < lo)
        lo = v[i];
      if (v[i] > hi)
        hi = v[i];
      if (v[i] < v[i - 1])
        resets++;
      sum += v[i];
    }
  return ((uint64_t) sum << 20) ^ ((uint64_t) (hi - lo) << 8) ^ resets;
}

/* Answer a range query over CHUNK; return its digest, 0 for a corrupt
   chunk.  */

static BENCH_NOINLINE uint64_t
query_chunk (const uint8_t *chunk)
{
  size_t n = chunk[0];
  uint64_t r;

  if (n == 0 || n > MAX_SAMPLES)
    return 0;
  {
#ifdef LIMIT
    int v[MAX_SAMPLES];
#else
    int *v = malloc (n * sizeof *v);

    if (!v)
      abort ();
#endif
    decode_chunk (v, n, chunk + 1);
    r = summarize (v, n);
#ifndef LIMIT
    free (v);
#endif
  }
  return r;
}

/* Run the workload and print its checksum.  */

int
main (int argc, char **argv)
{
  unsigned long n = bench_iterations (argc, argv, 6000000);
  unsigned long i;
  uint64_t sum = 0;

  make_chunks ();
  for (i = 0; i < n; i++)
    sum = bench_mix (sum, query_chunk (chunks[(i * 13) % NCHUNKS]));
  bench_report (sum, n);
  return 0;
}
