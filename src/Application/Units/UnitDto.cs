using InvestPromo.Domain.Organisation;
using Riok.Mapperly.Abstractions;

namespace InvestPromo.Application.Units;

public sealed record UnitDto(Guid Id, string Code, string Name, UnitKind Kind, string? Description, int Version, DateTimeOffset CreatedAt);

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class UnitMapper
{
    public static partial UnitDto ToDto(this CarrierUnit unit);

    public static partial IQueryable<UnitDto> ProjectToDto(this IQueryable<CarrierUnit> units);
}
