using InvestPromo.Domain.Organisation;
using InvestPromo.Domain.Targets;

namespace InvestPromo.Application.Targets;

/// <summary>The reads the targets' use cases share.</summary>
public static class TargetReads
{
    public static UnitTargetDto ToDto(CarrierUnit unit, UnitTarget? target) => new(
        unit.Id, unit.Code, unit.Name, unit.Kind, target?.Year ?? 0, TargetFiguresDto.From(target?.Figures ?? TargetFigures.Zero), target?.Version, target?.UpdatedAt);

    /// <summary>Every unit's targets for the year (units without any: zeros, no version), the center first, then by code.</summary>
    public static async Task<YearTargetsDto> YearAsync(IApplicationDbContext db, int year, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Kind).ThenBy(u => u.Code).ToListAsync(ct);
        var targets = await db.UnitTargets.AsNoTracking().Where(t => t.Year == year).ToDictionaryAsync(t => t.UnitId, ct);
        var rows = units.Select(u => ToDto(u, targets.GetValueOrDefault(u.Id)) with { Year = year }).ToList();
        var total = targets.Values.Where(t => units.Any(u => u.Id == t.UnitId)).Aggregate(TargetFigures.Zero, (sum, t) => sum.Plus(t.Figures));
        return new YearTargetsDto(year, rows, TargetFiguresDto.From(total));
    }

    /// <summary>The city's targets of the year: the sum of its (existing) units'.</summary>
    public static async Task<TargetFigures> CityTotalAsync(IApplicationDbContext db, int year, CancellationToken ct)
    {
        var targets = await db.UnitTargets.AsNoTracking().Where(t => t.Year == year && db.Units.Any(u => u.Id == t.UnitId)).ToListAsync(ct);
        return targets.Aggregate(TargetFigures.Zero, (sum, t) => sum.Plus(t.Figures));
    }
}
