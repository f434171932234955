/* fortify.h -- the program of the promote-fortify-*.c tests: each
   function's buffer is promoted with and without _FORTIFY_SOURCE,
   whose headers turn the calls into their checked twins
   (__builtin___snprintf_chk, __builtin___strcpy_chk, __read_chk,
   ...).  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

__attribute__ ((noinline)) int
f_snprintf (int x)
{
  char *out = malloc (64);
  if (!out)
    return -1;
  snprintf (out, 64, "x=%d", x);
  int r = (int) strlen (out) + out[2];
  free (out);
  return r;
}

__attribute__ ((noinline)) int
f_sprintf (int x)
{
  char *out = malloc (32);
  if (!out)
    return -1;
  sprintf (out, "%d-%d", x, x + 1);
  int r = out[0] + (int) strlen (out);
  free (out);
  return r;
}

__attribute__ ((noinline)) int
f_strcpy (const char *s)
{
  char *b = malloc (32);
  if (!b)
    return -1;
  strcpy (b, s);
  strcat (b, "!");
  int r = (int) strlen (b) + b[1];
  free (b);
  return r;
}

__attribute__ ((noinline)) int
f_mem (const char *s, int n)
{
  char *b = malloc (48);
  if (!b)
    return -1;
  memset (b, 'a', 48);
  memcpy (b, s, n);
  memmove (b + 1, b, n);
  stpncpy (b + 20, s, n);
  int r = b[n] + b[1] + b[20 + n - 1];
  free (b);
  return r;
}

struct holder
{
  char *p;
  int n;
};

/* Reads into a buffer of its own: read does not free the object that
   H points to, checked or not.  */
__attribute__ ((noinline)) static int
get (int fd, struct holder *h)
{
  char buf[8];
  h->n = (int) read (fd, buf, sizeof buf);
  return h->p[0];
}

__attribute__ ((noinline)) int
f_read (int fd)
{
  struct holder h;
  char *p = malloc (16);
  if (!p)
    return -1;
  p[0] = 5;
  h.p = p;
  int r = get (fd, &h);
  free (p);
  return r * 10 + h.n;
}

int
main (int argc, char **argv)
{
  (void) argv;
  printf ("%d %d %d %d %d\n", f_snprintf (argc + 41), f_sprintf (argc + 6),
	  f_strcpy ("fortified"), f_mem ("abcdefgh", argc + 4),
	  f_read (-argc));
  return 0;
}
