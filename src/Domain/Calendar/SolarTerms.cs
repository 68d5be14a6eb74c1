using InvestPromo.Domain.Common;

namespace InvestPromo.Domain.Calendar;

/// <summary>
/// The solar terms (节气) the statutory holidays need: the instant the sun's apparent ecliptic longitude reaches a given
/// angle, and its China date. The sun's position is Meeus' solar theory (Astronomical Algorithms, 2nd ed., ch. 25: the
/// true longitude from the mean longitude and equation of centre, then nutation and aberration) — good to about 0.01°,
/// a quarter of an hour (it answers about ten minutes early against the published instants of 2024–2026). ΔT (TT − UT,
/// 0 to about 3.5 minutes from 1901 to 2100) is below that and ignored. The dates agree with the official notices of
/// 2008–2026 and with the 寿星 formula [Y×0.2422+C]−[Y/4] for every year 1901–2099 (the tests check both); from 2027 to
/// 2100 the 清明 nearest China midnight is 2042's (4 April 23:35 here; the bias only moves it later, not past midnight).
/// </summary>
public static class SolarTerms
{
    /// <summary>清明: the sun at 15° ecliptic longitude, early April.</summary>
    public const double QingmingLongitude = 15;

    private const double J2000 = 2451545.0;
    private const double DaysPerCentury = 36525;
    private const double UnixEpochJulianDay = 2440587.5;

    /// <summary>The China date of 清明 in <paramref name="year"/>.</summary>
    public static DateOnly Qingming(int year) => ChinaTime.DateOf(QingmingAt(year));

    /// <summary>The instant (UTC) of 清明 in <paramref name="year"/>.</summary>
    public static DateTimeOffset QingmingAt(int year) => SunReaches(QingmingLongitude, new DateTimeOffset(year, 4, 5, 0, 0, 0, TimeSpan.Zero));

    /// <summary>
    /// The instant the sun's apparent longitude reaches <paramref name="longitude"/> degrees, searched from a guess
    /// within a few days of it: each step moves by the angle still to go at the sun's mean speed (Meeus 27).
    /// </summary>
    public static DateTimeOffset SunReaches(double longitude, DateTimeOffset guess)
    {
        var jde = JulianDay(guess);
        for (var i = 0; i < 50; i++)
        {
            var correction = 58 * Math.Sin(Radians(longitude - ApparentLongitude(jde)));
            jde += correction;
            if (Math.Abs(correction) < 1e-6)
            {
                break;
            }
        }

        return DateTimeOffset.UnixEpoch.AddDays(jde - UnixEpochJulianDay);
    }

    /// <summary>The sun's apparent geocentric ecliptic longitude in degrees [0, 360) at Julian Ephemeris Day <paramref name="jde"/>.</summary>
    public static double ApparentLongitude(double jde)
    {
        var t = (jde - J2000) / DaysPerCentury;
        var meanLongitude = 280.46646 + (36000.76983 * t) + (0.0003032 * t * t);
        var meanAnomaly = Radians(357.52911 + (35999.05029 * t) - (0.0001537 * t * t));
        var centre = ((1.914602 - (0.004817 * t) - (0.000014 * t * t)) * Math.Sin(meanAnomaly))
            + ((0.019993 - (0.000101 * t)) * Math.Sin(2 * meanAnomaly))
            + (0.000289 * Math.Sin(3 * meanAnomaly));
        var omega = Radians(125.04 - (1934.136 * t));
        var apparent = meanLongitude + centre - 0.00569 - (0.00478 * Math.Sin(omega));
        return Normalise(apparent);
    }

    private static double JulianDay(DateTimeOffset instant) => UnixEpochJulianDay + (instant - DateTimeOffset.UnixEpoch).TotalDays;

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    private static double Normalise(double degrees)
    {
        var d = degrees % 360;
        return d < 0 ? d + 360 : d;
    }
}
