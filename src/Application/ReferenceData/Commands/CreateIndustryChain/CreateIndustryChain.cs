using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Application.ReferenceData.Commands.CreateIndustryChain;

/// <summary>An admin adds a chain to the taxonomy (产业链); it starts active.</summary>
public sealed record CreateIndustryChainCommand(string Code, string Name, string? NameEn, string? Group, int SortOrder) : ICommand<IndustryChainDto>;

public sealed class CreateIndustryChainValidator : AbstractValidator<CreateIndustryChainCommand>
{
    public CreateIndustryChainValidator()
    {
        RuleFor(x => x.Code).NotEmpty().MaximumLength(IndustryChain.CodeMaxLength).Matches(@"^\s*[A-Za-z0-9_-]+\s*$"); // trimmed and upper-cased by the handler
        RuleFor(x => x.Name).NotEmpty().MaximumLength(IndustryChain.NameMaxLength).SingleLineText();
        RuleFor(x => x.NameEn).MaximumLength(IndustryChain.NameMaxLength).SingleLineText();
        RuleFor(x => x.Group).MaximumLength(IndustryChain.GroupMaxLength).SingleLineText();
        RuleFor(x => x.SortOrder).InclusiveBetween(0, 9999);
    }
}

public sealed class CreateIndustryChainHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CreateIndustryChainCommand, IndustryChainDto>
{
    public async ValueTask<IndustryChainDto> Handle(CreateIndustryChainCommand command, CancellationToken cancellationToken)
    {
        var code = command.Code.Trim().ToUpperInvariant();
        // Deleted chains keep their code: the unique index covers them, and old filings and exports still name them.
        if (await db.IndustryChains.IgnoreQueryFilters().AnyAsync(c => c.Code == code, cancellationToken))
        {
            throw DomainRuleException.Conflict("industry-chain.code-taken", $"Industry chain code '{code}' is already in use.");
        }

        var chain = IndustryChain.Create(code, command.Name, command.NameEn, command.Group, command.SortOrder, user.UserId, clock.GetUtcNow());
        db.IndustryChains.Add(chain);
        await db.SaveChangesAsync(cancellationToken);
        return chain.ToDto();
    }
}
