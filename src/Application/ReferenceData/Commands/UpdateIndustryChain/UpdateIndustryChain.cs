using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Application.ReferenceData.Commands.UpdateIndustryChain;

/// <summary>
/// Renames, regroups, reorders, deactivates or reactivates a chain. The code is fixed (exports and integrators key on it).
/// Deactivating is always safe: filings keep the chain, new filings can no longer choose it.
/// </summary>
public sealed record UpdateIndustryChainCommand(Guid Id, string Name, string? NameEn, string? Group, int SortOrder, bool IsActive, int Version) : ICommand<IndustryChainDto>;

public sealed class UpdateIndustryChainValidator : AbstractValidator<UpdateIndustryChainCommand>
{
    public UpdateIndustryChainValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(IndustryChain.NameMaxLength).SingleLineText();
        RuleFor(x => x.NameEn).MaximumLength(IndustryChain.NameMaxLength).SingleLineText();
        RuleFor(x => x.Group).MaximumLength(IndustryChain.GroupMaxLength).SingleLineText();
        RuleFor(x => x.SortOrder).InclusiveBetween(0, 9999);
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
    }
}

public sealed class UpdateIndustryChainHandler(IApplicationDbContext db) : ICommandHandler<UpdateIndustryChainCommand, IndustryChainDto>
{
    public async ValueTask<IndustryChainDto> Handle(UpdateIndustryChainCommand command, CancellationToken cancellationToken)
    {
        var chain = await db.IndustryChains.FirstOrDefaultAsync(c => c.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(IndustryChain), command.Id);
        db.ExpectVersion(chain, command.Version);
        chain.Update(command.Name, command.NameEn, command.Group, command.SortOrder);
        chain.SetActive(command.IsActive);
        await db.SaveChangesAsync(cancellationToken);
        return chain.ToDto();
    }
}
