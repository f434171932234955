/* stats.c -- checksums (a 48-byte scratch buffer) and spreads (24).  */

#include <stdlib.h>
#include <string.h>
#include "tally.h"

/* A checksum of the first 47 bytes of S, from a copy.  */

int
stats_checksum (const char *s)
{
  char *buf = malloc (48);
  if (!buf)
    return -1;
  strncpy (buf, s, 47);
  buf[47] = 0;
  int sum = 0;
  for (int i = 0; buf[i]; i++)
    sum = sum * 31 + (unsigned char) buf[i];
  free (buf);
  return sum & 0xffff;
}

/* The largest minus the smallest of the N (at most 6) values V.  */

int
stats_spread (const int *v, int n)
{
  int *tmp = malloc (24);
  if (!tmp || n > 6)
    {
      free (tmp);
      return -1;
    }
  memcpy (tmp, v, n * sizeof *v);
  int lo = tmp[0], hi = tmp[0];
  for (int i = 1; i < n; i++)
    {
      lo = tmp[i] < lo ? tmp[i] : lo;
      hi = tmp[i] > hi ? tmp[i] : hi;
    }
  free (tmp);
  return hi - lo;
}
