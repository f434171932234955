/* hash_key.c -- an HTTP cache lookup in a reverse proxy (nginx
   proxy_cache_key / Varnish vcl_hash style): for each request a
   composite key "tenant:method:host:path" is assembled in a temporary
   buffer, hashed, and looked up in an open-addressing table; on a miss
   the key bytes are copied into the table.

   Heap object: the key buffer, malloc (128), constant size.
   Build with -DLIMIT to use a local char array instead.  */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"

#define KEY_MAX 128
#define TABLE_SIZE 8192
#define NTENANTS 4
#define ENTRY_KEY_MAX 80
#define NPATHS 48

struct entry
{
  uint64_t hash;
  uint32_t value;
  uint16_t len;
  char key[ENTRY_KEY_MAX];
};

struct request
{
  uint32_t tenant;
  uint8_t method;
  uint8_t host;
  uint8_t path;
  uint8_t query;
};

static struct entry table[TABLE_SIZE];
static uint32_t nentries;

static const char *const methods[] = { "GET", "HEAD" };
static const char *const hosts[] = {
  "www.example.com", "api.example.com", "cdn.example.net",
  "shop.example.org", "static.example.com", "img.example.net",
  "m.example.com", "example.com"
};
static const char *const paths[] = {
  "/", "/index.html", "/products", "/products/42", "/products/1337",
  "/cart", "/img/logo.png", "/img/hero.jpg", "/css/site.css", "/js/app.js",
  "/api/v1/items", "/api/v1/items/7", "/api/v1/search", "/about",
  "/contact", "/blog", "/blog/2023/10/why-we-cache",
  "/blog/2024/01/new-year", "/docs", "/docs/install", "/docs/api",
  "/docs/faq", "/pricing", "/login", "/account", "/account/orders",
  "/account/settings", "/help", "/help/returns", "/help/shipping",
  "/feed.xml", "/sitemap.xml", "/robots.txt", "/favicon.ico",
  "/fonts/inter.woff2", "/video/intro.mp4", "/downloads", "/careers",
  "/press", "/legal/terms", "/legal/privacy", "/status", "/news",
  "/news/latest", "/team", "/partners", "/events", "/events/2024"
};

/* Copy the string S to BUF + POS; return the new position.  */

static size_t
put_str (char *buf, size_t pos, const char *s)
{
  size_t n = strlen (s);

  memcpy (buf + pos, s, n);
  return pos + n;
}

/* Assemble the cache key of request *R into BUF (KEY_MAX bytes).
   Return the key length.  */

static BENCH_NOINLINE size_t
build_key (char *buf, const struct request *r)
{
  size_t pos = 0;
  uint32_t t = r->tenant;
  char tmp[12];
  int n = 0;

  do
    {
      tmp[n++] = '0' + t % 10;
      t /= 10;
    }
  while (t);
  while (n)
    buf[pos++] = tmp[--n];
  buf[pos++] = ':';
  pos = put_str (buf, pos, methods[r->method]);
  buf[pos++] = ':';
  pos = put_str (buf, pos, hosts[r->host]);
  buf[pos++] = ':';
  pos = put_str (buf, pos, paths[r->path]);
  if (r->query)
    {
      pos = put_str (buf, pos, "?v=");
      buf[pos++] = '0' + r->query;
    }
  return pos;
}

/* Return the 64-bit FNV-1a hash of the LEN bytes at KEY.  */

static BENCH_NOINLINE uint64_t
hash_key (const char *key, size_t len)
{
  uint64_t h = 0xcbf29ce484222325ULL;
  size_t i;

  for (i = 0; i < len; i++)
    h = (h ^ (unsigned char) key[i]) * 0x100000001b3ULL;
  return h ^ (h >> 29);
}

/* Look up the LEN-byte key KEY with hash H; insert it with value VALUE
   when it is absent.  Return the stored value, or 0 for a miss.  */

static BENCH_NOINLINE uint32_t
cache_lookup (const char *key, size_t len, uint64_t h, uint32_t value)
{
  size_t i = h % TABLE_SIZE;

  for (;;)
    {
      struct entry *e = &table[i];

      if (e->len == 0)
        {
          if (nentries >= TABLE_SIZE * 3 / 4 || len > ENTRY_KEY_MAX)
            abort ();
          e->hash = h;
          e->len = len;
          e->value = value;
          memcpy (e->key, key, len);
          nentries++;
          return 0;
        }
      if (e->hash == h && e->len == len && memcmp (e->key, key, len) == 0)
        return e->value;
      i = (i + 1) % TABLE_SIZE;
    }
}

/* Serve request *R from the cache; return the cached value.  */

static BENCH_NOINLINE uint32_t
serve (const struct request *r, uint32_t value)
{
  size_t len;
  uint64_t h;
  uint32_t v;
#ifdef LIMIT
  char key[KEY_MAX];
#else
  char *key = malloc (KEY_MAX);

  if (!key)
    abort ();
#endif
  len = build_key (key, r);
  h = hash_key (key, len);
  v = cache_lookup (key, len, h, value);
#ifndef LIMIT
  free (key);
#endif
  return v;
}

/* Run the workload and print its checksum.  */

int
main (int argc, char **argv)
{
  unsigned long n = bench_iterations (argc, argv, 6000000);
  unsigned long i, misses = 0;
  uint64_t s = 0x00c0ffee00c0ffeeULL;
  uint64_t sum = 0;

  for (i = 0; i < n; i++)
    {
      uint64_t x = bench_rand (&s);
      struct request r;
      uint32_t v;
      unsigned p1 = (x >> 16) % NPATHS, p2 = (x >> 24) % NPATHS;

      r.tenant = 1000 + (x % NTENANTS) * 7919;
      r.method = (x >> 8) % 8 == 0;
      r.host = (x >> 11) % 4;
      r.path = p1 < p2 ? p1 : p2;
      r.query = (x >> 32) % 5 == 0 ? (x >> 36) % 2 + 1 : 0;
      v = serve (&r, (uint32_t) i + 1);
      if (v == 0)
        misses++;
      sum += v;
    }
  sum = bench_mix (sum, misses);
  bench_report (bench_mix (sum, nentries), n);
  return 0;
}
