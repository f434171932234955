/* calloc of an array of structs with pointer fields: zeroed pointers read
   back as null.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

struct ent { const char *key; int val; };

__attribute__ ((noinline)) int
work (int i)
{
  struct ent *e = calloc (6, sizeof *e); /* { dg-message "'e' \\(96 bytes, calloc\\) promoted to the stack" } */
  if (!e)
    return -1;
  e[i % 6].key = "x";
  e[i % 6].val = i;
  int r = 0;
  for (int k = 0; k < 6; k++)
    r += e[k].key ? e[k].val + 1000 : k;
  free (e);
  return r;
}

int
main (void)
{
  int t = 0;
  for (int i = 0; i < 36; i++)
    t += work (i);
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=37080" } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(calloc|free)" } } */
