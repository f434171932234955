/* The sample for options.exp: two allocations the pass promotes ('p',
   64 bytes, and 'mid', 2048 bytes, which a 1k max-object-size keeps on
   the heap), and one it cannot ('big', captured by an external
   function).  */
#include <stdlib.h>
#include <string.h>

extern void consume (char *);

int
main (int argc, char **argv)
{
  char *p = malloc (64);
  if (!p)
    return 1;
  strcpy (p, argv[0]);
  int n = strlen (p) + argc;
  free (p);

  char *mid = malloc (2048);
  if (!mid)
    return 1;
  memset (mid, n, 2048);
  n += mid[argc & 1023];
  free (mid);

  char *big = malloc (2048);
  if (!big)
    return 1;
  memset (big, n, 2048);
  consume (big);
  return big[argc];
}
