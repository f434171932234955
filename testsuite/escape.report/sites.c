/* The program of report.exp: known allocation counts per site, and the
   verdicts the report joins with them.  */
#include <stdlib.h>
#include <string.h>

void *volatile g;

/* Inlined into f1 and f2: one record each, with its inlining chain.  */
static inline char *
make (void)
{
  char *p = malloc (64); /* inlined make */
  if (!p)
    abort ();
  g = p;
  return p;
}

__attribute__ ((noinline)) void
f1 (void)
{
  free (make ());
}

__attribute__ ((noinline)) void
f2 (void)
{
  free (make ());
}

__attribute__ ((noinline)) int
hot (int i)
{
  char *big = malloc (4096); /* too large */
  if (!big)
    return 0;
  memset (big, i, 4096);
  int r = big[i & 4095];
  free (big);
  return r;
}

__attribute__ ((noinline)) void
kept (int i)
{
  char *s = malloc (8); /* stored to a global */
  if (!s)
    abort ();
  s[0] = (char) i;
  g = s;
  free (s);
}

__attribute__ ((noinline)) int
local (int i)
{
  char *t = malloc (16); /* promoted */
  if (!t)
    return 0;
  t[i & 15] = 1;
  int r = t[3];
  free (t);
  return r;
}

int
main (void)
{
  int r = 0;
  for (int i = 0; i < 300; i++)
    r += hot (i);
  for (int i = 0; i < 200; i++)
    kept (i);
  for (int i = 0; i < 50; i++)
    f1 ();
  for (int i = 0; i < 20; i++)
    f2 ();
  for (int i = 0; i < 10; i++)
    r += local (i);
  return r == 12345;
}
