/* The object leaks on an early-return path and is freed on the other:
   the stack reclaims it on both.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

__attribute__ ((noinline)) int
parse (const char *s)
{
  char *tok = malloc (16); /* { dg-message "'tok' \\(16 bytes, malloc\\) promoted to the stack" } */
  if (!tok)
    return -1;
  int n = 0;
  while (s[n] && s[n] != ' ' && n < 15)
    {
      tok[n] = s[n];
      n++;
    }
  tok[n] = 0;
  if (tok[0] == '#')
    return -2;
  int v = 0;
  for (int k = 0; tok[k]; k++)
    v = v * 10 + (tok[k] - '0');
  free (tok);
  return v;
}

int
main (void)
{
  const char *in[] = { "12 apples", "#comment", "7", "305 x" };
  int t = 0;
  for (int i = 0; i < 4; i++)
    t += parse (in[i]);
  printf ("t=%d\n", t);
  return 0;
}

/* { dg-output "t=322" } */
/* { dg-final { scan-assembler-not "call\[ \t\]+(malloc|free)" } } */
