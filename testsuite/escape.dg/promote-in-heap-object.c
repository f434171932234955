/* An object whose pointer is stored in another non-escaping heap object
   and read back through it: both are promoted.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

struct req { char *body; int n; };

__attribute__ ((noinline)) int
work (int i)
{
  struct req *r = malloc (sizeof *r); /* { dg-message "'r' \\(16 bytes, malloc\\) promoted to the stack" } */
  if (!r)
    return -1;
  char *body = malloc (32); /* { dg-message "'body' \\(32 bytes, malloc\\) promoted to the stack" } */
  if (!body)
    return -1;
  r->body = body;
  r->n = 1 + (i & 31);
  for (int k = 0; k < r->n; k++)
    r->body[k] = (char) (k * i);
  int s = body[i & 31] + r->n;
  free (r->body);
  free (r);
  return s;
}

int
main (void)
{
  int t = 0;
  for (int i = 0; i < 40; i++)
    t += work (i);
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=752" } */
/* { dg-final { scan-escape-dump-times "promoted: " 2 } } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
