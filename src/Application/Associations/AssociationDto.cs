using InvestPromo.Domain.Associations;
using Riok.Mapperly.Abstractions;

namespace InvestPromo.Application.Associations;

public sealed record AssociationDto(Guid Id, string Name, AssociationKind Kind, int Version, DateTimeOffset CreatedAt);

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class AssociationMapper
{
    public static partial AssociationDto ToDto(this Association association);

    public static partial IQueryable<AssociationDto> ProjectToDto(this IQueryable<Association> associations);
}
