using InvestPromo.Domain.Associations;
using Riok.Mapperly.Abstractions;

namespace InvestPromo.Application.Associations;

/// <summary>An association in a list or a select: no officers' contacts.</summary>
public sealed record AssociationDto(
    Guid Id,
    string Name,
    AssociationKind Kind,
    AssociationStatus Status,
    string? HomeRegionCode,
    DateOnly? FoundedOn,
    int? MemberCount,
    string? LiaisonLeader,
    int Version,
    DateTimeOffset CreatedAt);

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class AssociationMapper
{
    public static partial AssociationDto ToDto(this Association association);

    public static partial IQueryable<AssociationDto> ProjectToDto(this IQueryable<Association> associations);
}
