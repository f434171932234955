/* A buffer that snprintf writes into (the destination) is only written
   by that call: it is promoted.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) unsigned
checksum (const char *s)
{
  unsigned h = 0;
  while (*s)
    h = h * 31 + (unsigned char) *s++;
  return h;
}

__attribute__ ((noinline)) unsigned
work (int i)
{
  char *line = malloc (40); /* { dg-message "'line' \\(40 bytes, malloc\\) promoted to the stack" } */
  if (!line)
    return 0;
  int n = snprintf (line, 40, "item %d of %d", i, i * i);
  unsigned r = checksum (line) + (unsigned) n;
  free (line);
  return r;
}

int
main (void)
{
  unsigned t = 0;
  for (int i = 1; i < 100; i++)
    t += work (i * 7);
  printf ("t=%u\n", t);
  return 0;
}

/* { dg-output "t=3723163717" } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
