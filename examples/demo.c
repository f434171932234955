/* demo.c -- a request handler of the kind escape is for.

   handle () parses a request into a temporary struct and builds a
   response line in a temporary buffer; both are malloc'd and freed in
   the same call, so the plugin moves them to the stack.  The response
   that is kept for the caller (returned) must stay on the heap, and the
   plugin says why.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct request { int id; int len; char verb[8]; };

/* Fill REQ from the text LINE (defined elsewhere in real code).  */
__attribute__ ((noinline)) static void
parse (const char *line, struct request *req)
{
  req->id = atoi (line);
  const char *sp = strchr (line, ' ');
  strncpy (req->verb, sp ? sp + 1 : "GET", sizeof req->verb - 1);
  req->verb[sizeof req->verb - 1] = 0;
  req->len = (int) strlen (line);
}

/* Answer one request LINE; return a checksum of the response.  */
__attribute__ ((noinline)) static unsigned
handle (const char *line)
{
  struct request *req = malloc (sizeof *req);
  char *out = malloc (64);
  if (!req || !out)
    abort ();
  memset (req, 0, sizeof *req);
  parse (line, req);
  snprintf (out, 64, "%d %s %d", req->id, req->verb, req->len);
  unsigned sum = 0;
  for (const char *p = out; *p; p++)
    sum = sum * 31 + (unsigned char) *p;
  free (out);
  free (req);
  return sum;
}

/* Return a copy of the last response; the caller frees it.  */
__attribute__ ((noinline)) static char *
keep (unsigned sum)
{
  char *copy = malloc (16);
  if (!copy)
    abort ();
  snprintf (copy, 16, "%08x", sum);
  return copy;
}

int
main (void)
{
  const char *lines[] = { "1 GET", "2 PUT", "17 DELETE", "42 HEAD" };
  unsigned total = 0;
  for (int round = 0; round < 1000; round++)
    for (int i = 0; i < 4; i++)
      total += handle (lines[i]);
  char *last = keep (total);
  printf ("checksum %s\n", last);
  free (last);
  return 0;
}
