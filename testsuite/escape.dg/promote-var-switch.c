/* The size is one of a few constants chosen by a switch: the range is
   bounded by the largest, 48 bytes.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) int
work (int kind)
{
  size_t sz;
  switch (kind & 3)
    {
    case 0: sz = 16; break;
    case 1: sz = 24; break;
    case 2: sz = 40; break;
    default: sz = 48; break;
    }
  char *msg = malloc (sz); /* { dg-message "'msg' \\(variable size, malloc\\) promoted to the stack: its size is at most 48 bytes" } */
  if (!msg)
    return -1;
  memset (msg, 'a' + (kind & 3), sz);
  int r = msg[sz - 1] + (int) sz;
  free (msg);
  return r;
}

int
main (void)
{
  int t = 0;
  for (int i = 0; i < 100; i++)
    t += work (i);
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=13050" } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
