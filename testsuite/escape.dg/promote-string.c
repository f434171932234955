/* A temporary string buffer built with strcpy/strcat and measured with
   strlen/strcmp is promoted.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *words[] = { "alpha", "beta", "gamma", "delta" };

__attribute__ ((noinline)) size_t
work (int i)
{
  char *line = malloc (64); /* { dg-message "'line' \\(64 bytes, malloc\\) promoted to the stack" } */
  if (!line)
    return 0;
  strcpy (line, words[i & 3]);
  strcat (line, "-");
  strcat (line, words[(i >> 2) & 3]);
  size_t n = strlen (line) + (strcmp (line, "beta-beta") == 0) * 100;
  free (line);
  return n;
}

int
main (void)
{
  size_t t = 0;
  for (int i = 0; i < 16; i++)
    t += work (i);
  printf ("t=%zu\n", t);
  return 0;
}

/* { dg-output "t=268" } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
