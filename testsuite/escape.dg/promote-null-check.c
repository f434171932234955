/* The program's null check folds away once the object is on the stack:
   the error path (a call to abort) disappears.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
work (int i)
{
  char *buf = malloc (48); /* { dg-message "'buf' \\(48 bytes, malloc\\) promoted to the stack" } */
  if (buf == NULL)
    abort ();
  for (int k = 0; k < 48; k++)
    buf[k] = (char) (k + i);
  int r = buf[i % 48];
  free (buf);
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

/* { dg-output "t=5164" } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free|abort)" } } */
