/* record_loop.c -- a packet-filter / flow-classifier inner loop
   (iptables-like rule engines, userspace DPI, NetFlow exporters): for
   every packet of a received batch a 48-byte flow record is allocated,
   filled from the raw IPv4/L4 header, matched against an ordered rule
   list, accounted, and freed again before the next packet.

   Heap object: one 48-byte struct flow per packet, malloc (48) / free
   inside the inner loop.
   Build with -DLIMIT to use a local struct instead.  */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"

#define NPACKETS 4096
#define PKT_BYTES 64
#define BATCH 32
#define NRULES 16

struct flow
{
  uint32_t saddr;
  uint32_t daddr;
  uint16_t sport;
  uint16_t dport;
  uint8_t proto;
  uint8_t tos;
  uint8_t ttl;
  uint8_t tcp_flags;
  uint32_t len;
  uint32_t hash;
  uint64_t tstamp;
  uint32_t verdict;
  uint32_t rule;
  uint32_t mark;
  uint32_t zone;
};

/* The record must be exactly 48 bytes (a C99 compile-time check).  */
typedef char flow_is_48_bytes[sizeof (struct flow) == 48 ? 1 : -1];

struct rule
{
  uint32_t saddr, smask;
  uint32_t daddr, dmask;
  uint16_t dport_lo, dport_hi;
  uint8_t proto;                /* 0 = any */
  uint8_t verdict;
};

static uint8_t packets[NPACKETS][PKT_BYTES];
static struct rule rules[NRULES];
static uint64_t rule_hits[NRULES + 1];
static uint64_t bytes_by_verdict[4];
static uint64_t flow_digest;

/* Read a big-endian 16-bit value at P.  */

static inline uint16_t
get16 (const uint8_t *p)
{
  return (uint16_t) (p[0] << 8 | p[1]);
}

/* Read a big-endian 32-bit value at P.  */

static inline uint32_t
get32 (const uint8_t *p)
{
  return (uint32_t) p[0] << 24 | (uint32_t) p[1] << 16
         | (uint32_t) p[2] << 8 | p[3];
}

/* Build the deterministic packet trace and rule list.  */

static void
make_trace (void)
{
  uint64_t s = 0xabad1deaabad1deaULL;
  int i;

  for (i = 0; i < NPACKETS; i++)
    {
      uint8_t *p = packets[i];
      uint64_t r = bench_rand (&s), q = bench_rand (&s);
      static const uint16_t ports[] = { 80, 443, 53, 22, 8080, 25, 123,
                                        3306 };
      uint16_t dport = ports[(r >> 3) % 8];
      uint16_t len = 40 + (r >> 10) % 1460;

      memset (p, 0, PKT_BYTES);
      p[0] = 0x45;
      p[1] = (r >> 21) & 0xfc;
      p[2] = len >> 8;
      p[3] = len & 255;
      p[8] = 32 + (r >> 27) % 32;
      p[9] = (r >> 32) % 3 == 0 ? 17 : 6;
      p[12] = 10;
      p[13] = (q >> 8) % 4;
      p[14] = q >> 16;
      p[15] = q >> 24;
      p[16] = (r >> 35) % 2 ? 192 : 10;
      p[17] = (r >> 36) % 2 ? 168 : 1;
      p[18] = q >> 32;
      p[19] = q >> 40;
      p[20] = (q >> 48) | 0x80;
      p[21] = q >> 56;
      p[22] = dport >> 8;
      p[23] = dport & 255;
      p[33] = (r >> 40) & 0x3f;
    }
  for (i = 0; i < NRULES; i++)
    {
      uint64_t r = bench_rand (&s);

      rules[i].saddr = 0x0a000000 | ((uint32_t) (r % 4) << 16);
      rules[i].smask = i % 3 ? 0xffff0000 : 0;
      rules[i].daddr = r % 2 ? 0xc0a80000 : 0x0a010000;
      rules[i].dmask = i % 4 ? 0xffff0000 : 0;
      rules[i].dport_lo = (r >> 8) % 2 ? 0 : 80;
      rules[i].dport_hi = (r >> 9) % 2 ? 65535 : 443;
      rules[i].proto = (r >> 10) % 3 == 0 ? 17 : (r >> 10) % 3 == 1 ? 6 : 0;
      rules[i].verdict = 1 + (r >> 12) % 3;
    }
}

/* Decode the raw packet P (at least 34 bytes) into the flow record *F.  */

static BENCH_NOINLINE void
decode_packet (struct flow *f, const uint8_t *p, uint64_t now)
{
  size_t ihl = (size_t) (p[0] & 15) * 4;

  f->tos = p[1];
  f->len = get16 (p + 2);
  f->ttl = p[8];
  f->proto = p[9];
  f->saddr = get32 (p + 12);
  f->daddr = get32 (p + 16);
  f->sport = get16 (p + ihl);
  f->dport = get16 (p + ihl + 2);
  f->tcp_flags = f->proto == 6 ? p[ihl + 13] : 0;
  f->hash = (f->saddr * 0x9e3779b1u) ^ (f->daddr * 0x85ebca6bu)
            ^ ((uint32_t) f->sport << 16 | f->dport) ^ f->proto;
  f->tstamp = now;
  f->verdict = 0;
  f->rule = NRULES;
  f->mark = 0;
  f->zone = f->saddr >> 16 & 3;
}

/* Match the flow *F against the rule list and record the verdict in
   it.  */

static BENCH_NOINLINE void
classify (struct flow *f)
{
  int i;

  for (i = 0; i < NRULES; i++)
    {
      const struct rule *r = &rules[i];

      if ((f->saddr & r->smask) == (r->saddr & r->smask)
          && (f->daddr & r->dmask) == (r->daddr & r->dmask)
          && f->dport >= r->dport_lo && f->dport <= r->dport_hi
          && (r->proto == 0 || r->proto == f->proto))
        {
          f->verdict = r->verdict;
          f->rule = i;
          f->mark = f->hash & 0xff;
          return;
        }
    }
}

/* Update the counters for the classified flow *F.  */

static BENCH_NOINLINE void
account (const struct flow *f)
{
  rule_hits[f->rule]++;
  bytes_by_verdict[f->verdict] += f->len;
  flow_digest += f->hash ^ f->mark ^ f->tcp_flags ^ (f->ttl << 8)
                 ^ f->zone ^ (uint32_t) f->tstamp ^ f->tos;
}

/* Process the N packets starting at index FIRST of the trace.  */

static BENCH_NOINLINE void
process_batch (unsigned first, unsigned n, uint64_t now)
{
  unsigned i;

  for (i = 0; i < n; i++)
    {
#ifdef LIMIT
      struct flow f_buf;
      struct flow *f = &f_buf;
#else
      struct flow *f = malloc (sizeof *f);

      if (!f)
        abort ();
#endif
      decode_packet (f, packets[(first + i) % NPACKETS], now + i);
      classify (f);
      account (f);
#ifndef LIMIT
      free (f);
#endif
    }
}

/* Run the workload and print its checksum.  */

int
main (int argc, char **argv)
{
  unsigned long n = bench_iterations (argc, argv, 600000);
  unsigned long b;
  uint64_t sum = 0;
  int k;

  make_trace ();
  for (b = 0; b < n; b++)
    process_batch ((unsigned) (b * 37), BATCH, b * 1000);
  for (k = 0; k <= NRULES; k++)
    sum = bench_mix (sum, rule_hits[k]);
  for (k = 0; k < 4; k++)
    sum = bench_mix (sum, bytes_by_verdict[k]);
  bench_report (bench_mix (sum, flow_digest), (unsigned long long) n * BATCH);
  return 0;
}
