/* Site ids and macros (options.exp): two sites of one macro expansion
   have distinct ids, and a macro before a site on its line (whose
   expansion moves the site's column in the preprocessed source) leaves
   the id as it is when the file is compiled from its .i.  */

#include <stdlib.h>
#include <string.h>

#define TWO(a, b) do { a = malloc (32); b = malloc (48); } while (0)
#define KEEP_AROUND_FOR_A_WHILE __attribute__ ((unused))

int
two (int i)
{
  char *a, *b;
  TWO (a, b);
  if (!a || !b)
    return 1;
  a[0] = i;
  b[0] = i + 1;
  int r = a[0] + b[0];
  free (a);
  free (b);
  return r;
}

int
shifted (int i)
{
  char *p KEEP_AROUND_FOR_A_WHILE = malloc (16);
  if (!p)
    return 0;
  p[0] = i;
  int r = p[0];
  free (p);
  return r;
}
