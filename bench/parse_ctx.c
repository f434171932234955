/* parse_ctx.c -- HTTP/1.1 request-head parsing in a web server or API
   gateway (picohttpparser / nginx / llhttp style): for every request a
   parse context of a few hundred bytes (request line offsets, up to 32
   header slots, well-known header indices, query parameter slots) is
   set up, filled by the parser, used to route the request and dropped.

   Heap object: one struct parse_ctx (488 bytes, constant size) per
   request.
   Build with -DLIMIT to use a local struct instead.  */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"

#define MAX_HEADERS 32
#define MAX_PARAMS 16
#define NREQS 256
#define REQ_MAX 1024

struct span
{
  uint16_t off;
  uint16_t len;
};

struct header
{
  struct span name;
  struct span value;
};

enum known { H_HOST, H_CONTENT_LENGTH, H_CONNECTION, H_ACCEPT, H_COOKIE,
             H_USER_AGENT, H_AUTHORIZATION, H_CONTENT_TYPE, N_KNOWN };

struct parse_ctx
{
  struct span method;
  struct span path;
  struct span query;
  uint8_t version_minor;
  uint8_t keep_alive;
  uint16_t nheaders;
  uint16_t nparams;
  uint16_t error;
  uint32_t content_length;
  int8_t known[N_KNOWN];
  struct header headers[MAX_HEADERS];
  struct header params[MAX_PARAMS];
  uint64_t route_hash;
  uint32_t flags;
};

static char reqs[NREQS][REQ_MAX];
static uint16_t req_len[NREQS];
static uint64_t status_count[6];

static const char *const known_names[N_KNOWN] = {
  "host", "content-length", "connection", "accept", "cookie", "user-agent",
  "authorization", "content-type"
};

/* Append S to request I.  */

static void
add (int i, const char *s)
{
  size_t n = strlen (s);

  if (req_len[i] + n >= REQ_MAX)
    abort ();
  memcpy (reqs[i] + req_len[i], s, n);
  req_len[i] += n;
}

/* Append the decimal form of V to request I.  */

static void
add_uint (int i, unsigned v)
{
  char tmp[12];
  int n = 0;

  do
    {
      tmp[n++] = '0' + v % 10;
      v /= 10;
    }
  while (v);
  while (n)
    reqs[i][req_len[i]++] = tmp[--n];
}

/* Build NREQS deterministic request heads.  */

static void
make_requests (void)
{
  static const char *const methods[] = { "GET ", "POST ", "PUT ", "GET " };
  static const char *const paths[] = {
    "/api/v1/users", "/api/v1/orders", "/search", "/static/app.js",
    "/api/v1/users/me", "/login", "/healthz", "/api/v2/items"
  };
  static const char *const extra[] = {
    "Accept: application/json\r\n",
    "Accept-Encoding: gzip, deflate, br\r\n",
    "Accept-Language: en-US,en;q=0.9\r\n",
    "User-Agent: Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101\r\n",
    "Cookie: session=4f2a9c1e77d0; theme=dark; lang=en\r\n",
    "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig\r\n",
    "Cache-Control: no-cache\r\n",
    "X-Request-Id: 7b3c1f0e-9a55-4c1d-8f77-2d4b0e6a9c31\r\n",
    "X-Forwarded-For: 203.0.113.7, 10.0.0.12\r\n",
    "Referer: https://www.example.com/products?page=2\r\n",
    "Content-Type: application/json\r\n",
    "Origin: https://www.example.com\r\n"
  };
  uint64_t s = 0x1337c0de1337c0deULL;
  int i, k;

  for (i = 0; i < NREQS; i++)
    {
      uint64_t r = bench_rand (&s);
      int nextra = 3 + r % 8;

      add (i, methods[r % 4]);
      add (i, paths[(r >> 3) % 8]);
      if ((r >> 6) % 2)
        {
          add (i, "?page=");
          add_uint (i, (r >> 7) % 50);
          add (i, "&sort=price&q=shoe");
        }
      add (i, (r >> 12) % 8 ? " HTTP/1.1\r\n" : " HTTP/1.0\r\n");
      add (i, "Host: ");
      add (i, (r >> 15) % 2 ? "www.example.com" : "api.example.com");
      add (i, "\r\n");
      for (k = 0; k < nextra; k++)
        add (i, extra[(r >> (20 + 3 * k)) % 12]);
      if ((r >> 60) % 2)
        {
          add (i, "Content-Length: ");
          add_uint (i, (unsigned) ((r >> 30) % 100000));
          add (i, "\r\n");
        }
      add (i, (r >> 61) % 4 ? "Connection: keep-alive\r\n"
                            : "Connection: close\r\n");
      if (i % 61 == 60)
        add (i, "Bad header line\r\n");
      add (i, "\r\n");
    }
}

/* Return nonzero when the LEN bytes at S equal the lower-case NAME,
   ignoring ASCII case in S.  */

static int
name_eq (const char *s, size_t len, const char *name)
{
  size_t i;

  for (i = 0; i < len; i++)
    if ((s[i] | 0x20) != name[i] || !name[i])
      return 0;
  return name[len] == 0;
}

/* Prepare CTX for parsing a new request.  */

static BENCH_NOINLINE void
ctx_init (struct parse_ctx *ctx)
{
  memset (ctx->known, -1, sizeof ctx->known);
  ctx->nheaders = 0;
  ctx->nparams = 0;
  ctx->error = 0;
  ctx->content_length = 0;
  ctx->keep_alive = 0;
  ctx->flags = 0;
  ctx->query.off = ctx->query.len = 0;
}

/* Split the query string of CTX into parameter slots.  */

static void
parse_query (struct parse_ctx *ctx, const char *buf)
{
  size_t i = ctx->query.off, end = i + ctx->query.len;

  while (i < end && ctx->nparams < MAX_PARAMS)
    {
      struct header *p = &ctx->params[ctx->nparams++];

      p->name.off = i;
      while (i < end && buf[i] != '=' && buf[i] != '&')
        i++;
      p->name.len = i - p->name.off;
      p->value.off = p->value.len = 0;
      if (i < end && buf[i] == '=')
        {
          p->value.off = ++i;
          while (i < end && buf[i] != '&')
            i++;
          p->value.len = i - p->value.off;
        }
      i++;
    }
}

/* Parse the request head of LEN bytes at BUF into CTX.  Return 0 on
   success, -1 on a malformed request.  */

static BENCH_NOINLINE int
parse_request (struct parse_ctx *ctx, const char *buf, size_t len)
{
  size_t i = 0;

  ctx->method.off = 0;
  while (i < len && buf[i] != ' ')
    i++;
  ctx->method.len = i;
  ctx->path.off = ++i;
  while (i < len && buf[i] != ' ' && buf[i] != '?')
    i++;
  ctx->path.len = i - ctx->path.off;
  if (i < len && buf[i] == '?')
    {
      ctx->query.off = ++i;
      while (i < len && buf[i] != ' ')
        i++;
      ctx->query.len = i - ctx->query.off;
      parse_query (ctx, buf);
    }
  if (i + 11 > len || memcmp (buf + i, " HTTP/1.", 8) != 0)
    return -1;
  ctx->version_minor = buf[i + 8] - '0';
  ctx->keep_alive = ctx->version_minor == 1;
  i += 11;
  while (i + 1 < len && !(buf[i] == '\r' && buf[i + 1] == '\n'))
    {
      struct header *h;
      size_t start = i;
      int k;

      if (ctx->nheaders == MAX_HEADERS)
        return -1;
      h = &ctx->headers[ctx->nheaders];
      while (i < len && buf[i] != ':' && buf[i] != '\r')
        i++;
      if (i == len || buf[i] != ':')
        return -1;
      h->name.off = start;
      h->name.len = i - start;
      for (i++; i < len && buf[i] == ' '; i++)
        ;
      h->value.off = i;
      while (i < len && buf[i] != '\r')
        i++;
      h->value.len = i - h->value.off;
      i += 2;
      for (k = 0; k < N_KNOWN; k++)
        if (ctx->known[k] < 0
            && name_eq (buf + start, h->name.len, known_names[k]))
          {
            ctx->known[k] = ctx->nheaders;
            break;
          }
      ctx->nheaders++;
    }
  if (ctx->known[H_CONTENT_LENGTH] >= 0)
    {
      const struct header *h = &ctx->headers[ctx->known[H_CONTENT_LENGTH]];
      uint32_t v = 0;
      int k;

      for (k = 0; k < h->value.len; k++)
        v = v * 10 + (buf[h->value.off + k] - '0');
      ctx->content_length = v;
    }
  if (ctx->known[H_CONNECTION] >= 0)
    ctx->keep_alive = ctx->headers[ctx->known[H_CONNECTION]].value.len == 10;
  return 0;
}

/* Route the parsed request CTX over BUF; return the response status.  */

static BENCH_NOINLINE int
route_request (const struct parse_ctx *ctx, const char *buf)
{
  uint64_t h = 0xcbf29ce484222325ULL;
  int k;

  for (k = 0; k < ctx->path.len; k++)
    h = (h ^ (unsigned char) buf[ctx->path.off + k]) * 0x100000001b3ULL;
  if (ctx->known[H_HOST] >= 0)
    h ^= ctx->headers[ctx->known[H_HOST]].value.len;
  for (k = 0; k < ctx->nparams; k++)
    h = (h ^ ctx->params[k].value.len) * 0x100000001b3ULL;
  if (ctx->known[H_AUTHORIZATION] < 0 && ctx->path.len > 8
      && buf[ctx->path.off + 5] == 'v')
    return 401;
  if (ctx->method.len == 4 && ctx->content_length == 0)
    return 411;
  return 200 + (int) (h % 3) + (ctx->keep_alive ? 0 : 4) + ctx->nheaders;
}

/* Handle the request of LEN bytes at BUF; return its status code.  */

static BENCH_NOINLINE int
handle_request (const char *buf, size_t len)
{
  int status;
#ifdef LIMIT
  struct parse_ctx ctx_buf;
  struct parse_ctx *ctx = &ctx_buf;
#else
  struct parse_ctx *ctx = malloc (sizeof *ctx);

  if (!ctx)
    abort ();
#endif
  ctx_init (ctx);
  if (parse_request (ctx, buf, len) < 0)
    status = 400;
  else
    status = route_request (ctx, buf);
#ifndef LIMIT
  free (ctx);
#endif
  return status;
}

/* Run the workload and print its checksum.  */

int
main (int argc, char **argv)
{
  unsigned long n = bench_iterations (argc, argv, 1500000);
  unsigned long i;
  uint64_t sum = 0;
  int k;

  make_requests ();
  for (i = 0; i < n; i++)
    {
      unsigned j = (i * 11) % NREQS;
      int status = handle_request (reqs[j], req_len[j]);

      status_count[status / 100]++;
      sum += status;
    }
  for (k = 0; k < 6; k++)
    sum = bench_mix (sum, status_count[k]);
  bench_report (sum, n);
  return 0;
}
